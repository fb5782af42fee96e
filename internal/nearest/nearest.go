// Package nearest finds the name that a misspelt one most likely meant, for
// a "did you mean" in a message: the decoder's unknown members and the
// CloudFormation reader's unknown properties share it.
package nearest

import (
	"iter"
	"strings"
)

// Name returns the candidate name most likely meant: one equal to it but
// for case, or else the first at the fewest edits, at most two (compared
// without case). A name shorter than 4 or longer than 64 bytes gets only
// the case match. It returns "" when no candidate is near.
func Name(name string, candidates iter.Seq[string]) string {
	best, bestDist := "", 3
	for c := range candidates {
		if strings.EqualFold(c, name) {
			return c
		}
		if len(name) < 4 || len(name) > 64 {
			continue
		}
		if d := distance(strings.ToLower(c), strings.ToLower(name)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
