package cli

import (
	"fmt"
	"io"
	"sort"
)

// printCounts prints a check's schema version and its rows per table, by
// table name: the head of `tavle check` for a team file and a region
// database alike.
func printCounts(w io.Writer, schemaVersion int, counts map[string]int) {
	fmt.Fprintf(w, "schema version: %d\n", schemaVersion)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s: %d\n", k, counts[k])
	}
}
