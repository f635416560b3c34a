"""Schemathesis over the OpenAPI schema, in-process through Django's WSGI app: every operation,
a bounded number of generated examples, authenticated with a personal access token. No 5xx, and
every response must match the documented status codes, content types and schemas."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_test_transaction(settings):
    settings.HEARTKEYS_API_RATE_LIMIT = 100_000
    # Like Django's test client: keep the test's transaction (and its connection) open.
    request_started.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)


@pytest.fixture
def token(cast):
    from heartkeys.web.api.tokens import create_token

    return create_token(cast.anna, "schemathesis")[1]


def _load_schema():
    import json

    from django.core.wsgi import get_wsgi_application

    from heartkeys.web.api.api import api

    # The same document /api/openapi.json serves (a test below checks that), built without a request.
    loaded = schemathesis.openapi.from_dict(json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/"))))
    loaded.app = get_wsgi_application()
    return loaded


schema = _load_schema()


def test_served_schema_is_the_one_tested(client):
    assert client.get("/api/openapi.json").json() == schema.raw_schema


@schema.parametrize()
@hypothesis_settings(
    max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None
)
def test_api_matches_its_schema(case, token):
    response = case.call_and_validate(headers={"Authorization": f"Bearer {token}"})
    assert response.status_code < 500
