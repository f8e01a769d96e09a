package sqlite

// Test helpers the external test package (storage_test, which may import
// demo) shares with this one.

// BenchChangeToReload is benchChangeToReload for storage_test.
var BenchChangeToReload = benchChangeToReload
