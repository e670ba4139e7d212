// The API key, remembered in this browser's localStorage until "Forget key".
const STORAGE_KEY = 'okube.dashboard.apiKey';

export function loadKey() {
  try {
    return localStorage.getItem(STORAGE_KEY) || '';
  } catch {
    return '';
  }
}

export function saveKey(key) {
  try {
    localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage disabled: the key lasts for this page only.
  }
}

export function forgetKey() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/** "…abcd": enough to tell keys apart without showing one. */
export function hint(key) {
  return key.length > 4 ? `…${key.slice(-4)}` : '…';
}
