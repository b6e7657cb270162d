package align

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claim"
)

// TestOtherGroupsPassOverCommonTerms: two accounts of one visit are one
// event; when the collection they are part of holds their terms in more
// than maxPosting groups' tops (Options.OtherGroups, as the article store
// counts the groups it does not re-cluster), those terms find no
// candidates, as in a run over the whole collection, and the two stay
// apart. A term counted below the limit changes nothing, nor one at the
// limit whose count holds the two accounts' own groups
// (Options.CountedDoc).
func TestOtherGroupsPassOverCommonTerms(t *testing.T) {
	const limit = 400 // clusterEvents' maxPosting
	claims := []claim.Claim{
		mk("a", "2025-07-31", "ووصل الشيباني إلى موسكو اليوم في أول زيارة رسمية لمسؤول سوري منذ سقوط النظام"),
		mk("b", "2025-07-31", "وفي أول زيارة رسمية لمسؤول سوري إلى موسكو منذ سقوط النظام وصل الشيباني اليوم"),
	}
	// Groups enough that the input is not a small one (smallInputGroups),
	// whose main groups are compared all against all.
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range smallInputGroups {
		claims = append(claims, mk(fmt.Sprintf("f%d", i), day.AddDate(0, 0, 3*i).Format("2006-01-02"),
			fmt.Sprintf("افتتح وزير التعليم المدرسة رقم %d في المدينة", i+1)))
	}
	together := func(others func(string) int, counted func(string) bool) bool {
		res, err := Run(context.Background(), claims, Options{OtherGroups: others, CountedDoc: counted})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range res.Events {
			if slices.Contains(ev.Claims, claims[0].ID) {
				return slices.Contains(ev.Claims, claims[1].ID)
			}
		}
		return false
	}
	if !together(nil, nil) {
		t.Fatalf("without other groups: the two accounts are apart")
	}
	if !together(func(string) int { return limit - 2 }, nil) {
		t.Errorf("terms in %d other groups' tops: the two accounts are apart", limit-2)
	}
	if together(func(string) int { return limit }, nil) {
		t.Errorf("terms in %d other groups' tops: the two accounts are together (no candidates)", limit)
	}
	// Counted with the two accounts' own groups (a store counts its
	// stored groups, the part's among them), the same count is 2 less.
	if !together(func(string) int { return limit }, func(doc string) bool { return doc == "a" || doc == "b" }) {
		t.Errorf("terms in %d groups' tops, the two accounts' among them: the two accounts are apart", limit)
	}
}

// TestCollectionGroupsNotSmall: the police's and the consul's accounts of
// one killing are one event in a small input only (their centroids are
// too far apart: see TestSmallInputDatedByContent). When they are a part
// of a collection of more than smallInputGroups groups
// (Options.CollectionGroups, as the article store passes its events), they
// are clustered as that collection would cluster them: apart.
func TestCollectionGroupsNotSmall(t *testing.T) {
	var claims []claim.Claim
	for _, d := range []string{"police", "consul"} {
		for _, text := range datedArticles[d] {
			claims = append(claims, mk(d, "2015-08-06", text))
		}
	}
	for _, tt := range []struct {
		groups   int
		together bool
	}{{0, true}, {smallInputGroups, true}, {smallInputGroups + 1, false}, {16000, false}} {
		res, err := Run(context.Background(), claims, Options{CollectionGroups: tt.groups})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Events) == 1; got != tt.together {
			t.Errorf("collection of %d groups: one event %v, want %v (%d events)", tt.groups, got, tt.together, len(res.Events))
		}
	}
}
