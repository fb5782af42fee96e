package client

import "strconv"

// cachedItems is how many list positions have a prebuilt path per list
// member: every position of the bounded lists (at most 100 items), and the
// first positions of the unbounded ones. Reporting a warning at one of them
// allocates no path string.
const cachedItems = 128

var listMembers = [...]string{
	"ReadAttributes", "WriteAttributes", "ExplicitAuthFlows", "SupportedIdentityProviders",
	"CallbackURLs", "LogoutURLs", "AllowedOAuthFlows", "AllowedOAuthScopes",
}

// itemPaths holds "Member[i]" for every list member and i < cachedItems. It
// is built once and never changes.
var itemPaths = func() (t [len(listMembers)][cachedItems]string) {
	for m, name := range listMembers {
		for i := range t[m] {
			t[m][i] = name + "[" + strconv.Itoa(i) + "]"
		}
	}
	return t
}()

// itemPath returns "member[index]", or member when index is negative.
func itemPath(member string, index int) string {
	if index < 0 {
		return member
	}
	if index < cachedItems {
		for m, name := range listMembers {
			if name == member {
				return itemPaths[m][index]
			}
		}
	}
	return member + "[" + strconv.Itoa(index) + "]"
}
