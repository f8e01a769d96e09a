// Package archtest holds the architecture test: it reads the imports and
// string literals of every Go file of the module and fails when the
// layers are crossed. The domain (board, calendar) knows nothing else of
// ours, neither Fyne nor SQL; only the wiring file of the app knows a
// storage adapter; printing knows none; and the names of the SQLite
// tables stay inside the adapter.
package archtest
