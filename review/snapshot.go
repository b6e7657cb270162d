package review

import (
	"sort"
	"strings"
)

// Snapshot is the log as read: its valid entries in file order and the
// lines that could not be used.
type Snapshot struct {
	Path     string       // the log's path
	Entries  []Entry      // valid entries in file order, exact duplicates read once
	Lines    []int        // Lines[i] is the 1-based line number of Entries[i]
	Problems []*LineError // unusable lines, in file order
}

// Ordered returns the entries that count, oldest first: sorted by time,
// entries with equal times in file order, without revoked entries and
// without the revoke entries themselves. This is the order in which later
// entries win.
func (s *Snapshot) Ordered() []Entry {
	revoked := map[string]bool{}
	for _, e := range s.Entries {
		if e.Op == OpRevoke {
			revoked[e.Revokes] = true
		}
	}
	out := make([]Entry, 0, len(s.Entries))
	for _, e := range s.Entries {
		if e.Op != OpRevoke && !revoked[e.ID] {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// Latest returns the verdict that counts for each stored target ID (the
// latest), keyed by that ID, without re-attachment. Use Resolve to key them
// by the current analysis' IDs.
func (s *Snapshot) Latest() map[string]Entry {
	return latestOf(s.Ordered())
}

func latestOf(ordered []Entry) map[string]Entry {
	out := map[string]Entry{}
	for _, e := range ordered {
		if e.Op == OpVerdict {
			out[e.Target] = e
		}
	}
	return out
}

// Filter selects entries for listing. Zero fields select everything.
type Filter struct {
	Verdict  Verdict // only verdicts with this value (notes and corrections are left out)
	Reviewer string  // only entries by this reviewer (exact, case-insensitive)
	IDPrefix string  // only entries whose target (or a member) starts with this
}

// Current returns what counts now, oldest first: the latest verdict on each
// target, every note and every correction, selected by f.
func (s *Snapshot) Current(f Filter) []Entry {
	latest := s.Latest()
	var out []Entry
	for _, e := range s.Ordered() {
		if e.Op == OpVerdict && latest[e.Target].ID != e.ID {
			continue
		}
		if f.Verdict != "" && (e.Op != OpVerdict || e.Verdict != f.Verdict) {
			continue
		}
		if f.Reviewer != "" && !strings.EqualFold(strings.TrimSpace(e.Reviewer), strings.TrimSpace(f.Reviewer)) {
			continue
		}
		if f.IDPrefix != "" && !mentions(e, f.IDPrefix) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// mentions reports whether the entry's target, second alignment or any
// claim it names starts with prefix.
func mentions(e Entry, prefix string) bool {
	if strings.HasPrefix(e.Target, prefix) || (e.With != "" && strings.HasPrefix(e.With, prefix)) {
		return true
	}
	if e.Event != "" && strings.HasPrefix(e.Event, prefix) {
		return true
	}
	refs := append([]Ref(nil), e.Members...)
	for _, g := range e.Groups {
		refs = append(refs, g...)
	}
	for _, r := range refs {
		if strings.HasPrefix(r.ID, prefix) {
			return true
		}
	}
	return false
}
