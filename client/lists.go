package client

import "hash/maphash"

// Rule IDs of the lists family: the list members.
const (
	RuleListsDuplicate RuleID = "lists.duplicate"
)

// listsRules is the lists family, in catalogue order.
var listsRules = []Rule{
	{
		ID: RuleListsDuplicate, Severity: Warning,
		Doc:       "Warning, as AWS accepts them: a list entry that repeats an earlier one is redundant, and often a copy-paste slip.",
		Source:    srcCreate,
		Exception: "none (accepted)",
		Members: []string{
			"ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders",
			"CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
		},
		check: func(p *pass) {
			p.duplicates("ReadAttributes", p.ReadAttributes)
			p.duplicates("WriteAttributes", p.WriteAttributes)
			p.duplicates("ExplicitAuthFlows", p.ExplicitAuthFlows)
			p.duplicates("SupportedIdentityProviders", p.SupportedIdentityProviders)
			p.duplicates("CallbackURLs", p.CallbackURLs)
			p.duplicates("LogoutURLs", p.LogoutURLs)
			p.duplicates("AllowedOAuthFlows", p.AllowedOAuthFlows)
			p.duplicates("AllowedOAuthScopes", p.AllowedOAuthScopes)
		},
	},
}

// duplicates warns about every entry that repeats an earlier one, naming
// the first entry it repeats. A short list is compared pairwise. A longer
// one of at most cachedItems entries goes through an open-addressing hash
// table on the stack, in one pass: each entry is hashed once and compared
// as a string only with the entries whose hash equals its own. A longer
// list (only unbounded ones, or an invalid one) uses a map. The cost stays
// linear in the list's bytes.
func (p *pass) duplicates(member string, list []string) {
	switch {
	case len(list) < 2:
	case len(list) <= pairwiseItems:
		for i := 1; i < len(list); i++ {
			for j := 0; j < i; j++ {
				if list[i] == list[j] {
					p.duplicate(member, i, j)
					break
				}
			}
		}
	case len(list) <= cachedItems:
		var t firstTable
		for i, v := range list {
			if j := t.first(list, i, v); j >= 0 {
				p.duplicate(member, i, j)
			}
		}
	default:
		first := make(map[string]int, len(list))
		for i, v := range list {
			if j, seen := first[v]; seen {
				p.duplicate(member, i, j)
				continue
			}
			first[v] = i
		}
	}
}

// duplicate reports that member[i] repeats member[j].
func (p *pass) duplicate(member string, i, j int) {
	if p.allow(member, i) {
		p.report(itemPath(member, i), "repeats "+itemPath(member, j))
	}
}

// pairwiseItems is the longest list duplicates compares pairwise: up to
// there, comparing strings (most differ in length) costs less than hashing.
const pairwiseItems = 8

// firstTable keeps a position + 1 in a uint8.
var _ [255 - cachedItems]struct{}

// firstTable maps the distinct entries of a list of at most cachedItems
// entries to the position of their first occurrence: linear probing in
// twice as many slots as entries, so that a probe sequence stays short.
type firstTable struct {
	slots  [2 * cachedItems]uint8 // a position + 1, or 0 for an empty slot
	hashes [cachedItems]uint64    // the hash of each entry inserted, by position
}

// first returns the position of the first entry of list equal to v, the
// entry at position i, or inserts i and returns -1 when there is none.
func (t *firstTable) first(list []string, i int, v string) int {
	h := maphash.String(hashSeed, v)
	const mask = len(t.slots) - 1
	for k := int(h) & mask; ; k = (k + 1) & mask {
		s := t.slots[k]
		if s == 0 {
			t.slots[k] = uint8(i + 1)
			t.hashes[i] = h
			return -1
		}
		if j := int(s) - 1; t.hashes[j] == h && list[j] == v {
			return j
		}
	}
}

// hashSeed seeds the hashes duplicates compares; it only has to be the same
// within one process.
var hashSeed = maphash.MakeSeed()
