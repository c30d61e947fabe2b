/**
 * WAI-ARIA tabs: click or arrow keys select a tab and show its panel. The server renders the first tab
 * selected and the other panels hidden, so the page reads correctly before this runs.
 */
export function initTabs(list: HTMLElement): void {
  const tabs = [...list.querySelectorAll<HTMLButtonElement>("[role='tab']")];
  const select = (tab: HTMLButtonElement, focus: boolean): void => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(other.getAttribute("aria-controls") ?? "");
      if (panel !== null) {
        panel.hidden = !selected;
      }
    }
    if (focus) {
      tab.focus();
    }
    list.dispatchEvent(new CustomEvent("tabchange", { bubbles: true, detail: { language: tab.dataset["language"] } }));
  };
  list.addEventListener("click", (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>("[role='tab']");
    if (tab !== null && tabs.includes(tab)) {
      select(tab, false);
    }
  });
  list.addEventListener("keydown", (event) => {
    const current = tabs.findIndex((t) => t === document.activeElement);
    if (current < 0) {
      return;
    }
    const next =
      event.key === "ArrowRight" ? (current + 1) % tabs.length
      : event.key === "ArrowLeft" ? (current - 1 + tabs.length) % tabs.length
      : event.key === "Home" ? 0
      : event.key === "End" ? tabs.length - 1
      : -1;
    const tab = tabs[next];
    if (tab !== undefined) {
      event.preventDefault();
      select(tab, true);
    }
  });
}
