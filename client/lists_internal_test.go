package client

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// TestDuplicatesPairwise checks duplicates, on lists of every length that
// selects the pairwise, table and map strategies, against the plain pairwise
// search: the same violations, naming the first entry each one repeats, in
// the same order and under the same per-list limit.
func TestDuplicatesPairwise(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		distinct := rapid.IntRange(1, 300).Draw(t, "distinct")
		values := make([]string, distinct)
		for k := range values {
			// Entries of equal length with a common prefix make string
			// comparisons do real work.
			values[k] = "entry-" + strconv.Itoa(k)
		}
		list := rapid.SliceOfN(rapid.SampledFrom(values), 0, 300).Draw(t, "list")
		const member = "AllowedOAuthScopes"

		got := &pass{rules: listsRules}
		got.duplicates(member, list)

		want := &pass{rules: listsRules}
		for i := range list {
			for j := range i {
				if list[i] == list[j] {
					if want.allow(member, i) {
						want.report(itemPath(member, i), "repeats "+itemPath(member, j))
					}
					break
				}
			}
		}
		if diff := cmp.Diff(want.out, got.out); diff != "" {
			t.Fatalf("duplicates(%q) (-want +got):\n%s", list, diff)
		}
	})
}
