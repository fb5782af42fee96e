package client

import (
	"errors"
	"slices"
)

// Pools holds facts about several user pools, each under its pool ID, so
// that each app client is checked against the facts of its own pool (its
// UserPoolId) and no other. The zero value holds no facts.
type Pools struct {
	byID map[string]*Pool
	ids  []string // in the order first named
	last string   // the pool the latest AddJSON named
}

// AddJSON adds the facts in one AWS CLI output (see Pool.AddJSON) to the
// pool the output names: describe-user-pool's UserPool.Id,
// describe-identity-provider's IdentityProvider.UserPoolId, or
// list-resource-servers' UserPoolId. list-identity-providers output (and an
// empty list-resource-servers output) names no pool: its facts go to the
// pool the latest earlier call named, so give a pool's describe-user-pool
// output before them. With no pool named yet, AddJSON returns an error and
// adds nothing.
func (ps *Pools) AddJSON(data []byte) error {
	var f Pool
	if err := f.AddJSON(data); err != nil {
		return err
	}
	id := f.ID
	if id == "" {
		if ps.last == "" {
			return errors.New("pool facts: the output does not say which user pool it describes (list-identity-providers output never does): give the pool's describe-user-pool output before it")
		}
		id = ps.last
	}
	p := ps.byID[id]
	if p == nil {
		if ps.byID == nil {
			ps.byID = map[string]*Pool{}
		}
		p = &Pool{ID: id}
		ps.byID[id] = p
		ps.ids = append(ps.ids, id)
	}
	p.merge(&f)
	ps.last = id
	return nil
}

// For returns the facts about the user pool userPoolID, or nil when there
// are none: then the pool rules do not apply.
func (ps *Pools) For(userPoolID string) *Pool {
	if ps == nil {
		return nil
	}
	return ps.byID[userPoolID]
}

// IDs returns the IDs of the pools with facts, in the order first named.
func (ps *Pools) IDs() []string {
	if ps == nil {
		return nil
	}
	return slices.Clone(ps.ids)
}

// forSettings returns the facts about the pool of s, or nil.
func (ps *Pools) forSettings(s *Settings) *Pool {
	if ps == nil || s.UserPoolID == nil {
		return nil
	}
	return ps.For(*s.UserPoolID)
}

// merge adds q's facts to p, as AddJSON accumulates them: a fact known in q
// becomes known in p.
func (p *Pool) merge(q *Pool) {
	p.setID(q.ID)
	if q.Tier != "" {
		p.Tier = q.Tier
	}
	if q.IdentityProviders != nil {
		p.IdentityProviders = append(known(p.IdentityProviders), q.IdentityProviders...)
	}
	if q.ResourceServers != nil {
		p.ResourceServers = append(known(p.ResourceServers), q.ResourceServers...)
	}
	if q.Attributes != nil {
		p.Attributes = append(known(p.Attributes), q.Attributes...)
	}
	for _, prov := range q.Providers {
		p.addProvider(prov)
	}
}

// known returns list, or an empty list when list is nil ("not known").
func known[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

// addProvider adds prov, replacing a provider of the same name.
func (p *Pool) addProvider(prov Provider) {
	if old := p.provider(prov.Name); old != nil {
		*old = prov
		return
	}
	p.Providers = append(p.Providers, prov)
}
