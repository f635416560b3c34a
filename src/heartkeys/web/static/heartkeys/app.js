// Progressive enhancement only: every page works without this file.
// A button with data-copy="ID" copies the text of element ID (an invite link or a coach code).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button || !navigator.clipboard) return;
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  navigator.clipboard.writeText(source.textContent.trim()).then(() => {
    button.textContent = button.dataset.copied || button.textContent;
  });
});
document.querySelectorAll("[data-copy]").forEach((button) => {
  if (navigator.clipboard) button.hidden = false;
});
