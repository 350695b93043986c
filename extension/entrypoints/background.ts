export default defineBackground(() => {
  // The toolbar icon opens the side panel (no popup).
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
