// The few extension APIs the specs call inside the service worker (worker.evaluate).
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
};
