// Dexie in Node: an in-memory IndexedDB for every unit test file.
import 'fake-indexeddb/auto';
