package client

import (
	"hash/maphash"
	"slices"
)

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

// duplicates warns about every entry that repeats an earlier one. A short
// list is compared pairwise. A longer one is hashed once per entry, with the
// hashes sorted on the stack, and only a list with a repeated hash is
// compared pairwise to report. Lists longer than the stack buffer (only
// unbounded ones, or an invalid one) use a map. The cost stays linear in the
// list's bytes.
func (p *pass) duplicates(member string, list []string) {
	if len(list) < 2 {
		return
	}
	if len(list) > cachedItems {
		first := make(map[string]int, len(list))
		for i, v := range list {
			if j, seen := first[v]; seen {
				if p.allow(member, i) {
					p.report(itemPath(member, i), "repeats "+itemPath(member, j))
				}
				continue
			}
			first[v] = i
		}
		return
	}
	if len(list) > 16 && !repeatedHash(list) {
		return
	}
	for i := 1; i < len(list); i++ {
		for j := 0; j < i; j++ {
			if list[i] == list[j] {
				if p.allow(member, i) {
					p.report(itemPath(member, i), "repeats "+itemPath(member, j))
				}
				break
			}
		}
	}
}

// repeatedHash reports whether two entries of list (at most cachedItems) have
// the same hash: whether list may have a duplicate.
func repeatedHash(list []string) bool {
	var buf [cachedItems]uint64
	hashes := buf[:len(list)]
	for i, v := range list {
		hashes[i] = maphash.String(hashSeed, v)
	}
	slices.Sort(hashes)
	for i := 1; i < len(hashes); i++ {
		if hashes[i] == hashes[i-1] {
			return true
		}
	}
	return false
}

// hashSeed seeds the hashes duplicates compares; it only has to be the same
// within one process.
var hashSeed = maphash.MakeSeed()
