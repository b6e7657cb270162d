package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/review"
)

// TestClaimReviewProperties decodes the JSON-LD generically and checks,
// for every verdict, the properties search engines require and the
// mapping of CONTRACT.md.
func TestClaimReviewProperties(t *testing.T) {
	a := fixture(nil, "")
	invite1 := a.Claims[1].ID
	deals := a.Claims[2].ID
	arrive2 := a.Claims[3].ID
	verdicts := map[string]review.Verdict{
		"al-arrival": review.Misleading, // two appearances
		invite1:      review.Confirmed,
		deals:        review.Unverifiable, // a unique claim
		arrive2:      review.False,
		"al-invite":  review.NeedsChecking, // not exported
	}
	r := buildFixture(t, verdicts, "", Options{})
	var buf bytes.Buffer
	opts := ReviewOptions{Organisation: "مسبار", OrganisationURL: "https://misbar.example", PageURL: "https://misbar.example/r/1.html#top"}
	if err := WriteClaimReview(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("ClaimReview output is not a JSON array: %v", err)
	}
	want := map[string]struct {
		value       float64 // 0: no ratingValue
		name        string
		appearances int
		first       string // url of firstAppearance
	}{
		"al-arrival": {3, "Misleading", 2, "https://sana.sy/?p=2"},
		invite1:      {5, "True", 1, "https://www.enabbaladi.net/archives/1"},
		deals:        {0, "Unverifiable", 1, "https://www.enabbaladi.net/archives/1"},
		arrive2:      {1, "False", 1, "https://sana.sy/?p=2"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d ClaimReviews, want %d (needs-checking is not exported)", len(got), len(want))
	}
	str := func(m map[string]any, k string) string {
		s, _ := m[k].(string)
		return s
	}
	obj := func(m map[string]any, k string) map[string]any {
		o, _ := m[k].(map[string]any)
		return o
	}
	for _, cr := range got {
		id := str(cr, "identifier")
		w, ok := want[id]
		if !ok {
			t.Errorf("unexpected ClaimReview for %q", id)
			continue
		}
		t.Run(id, func(t *testing.T) {
			if str(cr, "@context") != "https://schema.org" || str(cr, "@type") != "ClaimReview" {
				t.Errorf("got @context %q @type %q, want https://schema.org ClaimReview", str(cr, "@context"), str(cr, "@type"))
			}
			if u := str(cr, "url"); u != "https://misbar.example/r/1.html#"+id {
				t.Errorf("got url %q, want the page URL with #%s", u, id)
			}
			if str(cr, "claimReviewed") == "" {
				t.Error("claimReviewed is empty")
			}
			if d := str(cr, "datePublished"); len(d) != 10 || !strings.HasPrefix(d, "2025-08-01") {
				t.Errorf("got datePublished %q, want the verdict's day 2025-08-01", d)
			}
			au := obj(cr, "author")
			if str(au, "@type") != "Organization" || str(au, "name") != "مسبار" || str(au, "url") != "https://misbar.example" {
				t.Errorf("got author %v, want the Organization مسبار with its url", au)
			}
			rr := obj(cr, "reviewRating")
			if str(rr, "@type") != "Rating" || str(rr, "alternateName") != w.name {
				t.Errorf("got reviewRating %v, want Rating %q", rr, w.name)
			}
			v, hasValue := rr["ratingValue"].(float64)
			switch {
			case w.value == 0 && hasValue:
				t.Errorf("got ratingValue %v, want none for %s", v, w.name)
			case w.value != 0 && v != w.value:
				t.Errorf("got ratingValue %v, want %v", v, w.value)
			case w.value != 0 && (rr["bestRating"] != 5.0 || rr["worstRating"] != 1.0):
				t.Errorf("got bestRating %v worstRating %v, want 5 and 1", rr["bestRating"], rr["worstRating"])
			}
			item := obj(cr, "itemReviewed")
			if str(item, "@type") != "Claim" {
				t.Errorf("got itemReviewed @type %q, want Claim", str(item, "@type"))
			}
			apps, _ := item["appearance"].([]any)
			if len(apps) != w.appearances {
				t.Fatalf("got %d appearances, want %d", len(apps), w.appearances)
			}
			for _, x := range apps {
				app, _ := x.(map[string]any)
				if str(app, "@type") != "CreativeWork" || str(app, "url") == "" || str(app, "datePublished") == "" {
					t.Errorf("appearance %v lacks @type CreativeWork, url or datePublished", app)
				}
				if p := obj(app, "publisher"); str(p, "@type") != "Organization" || str(p, "name") == "" {
					t.Errorf("appearance publisher %v, want an Organization with the outlet's name", p)
				}
			}
			if f := obj(item, "firstAppearance"); str(f, "url") != w.first {
				t.Errorf("got firstAppearance url %q, want the earliest published %q", str(f, "url"), w.first)
			}
		})
	}
}

// TestClaimReviewNeedsOrganisation checks that ClaimReviews are refused
// without an organisation or a URL.
func TestClaimReviewNeedsOrganisation(t *testing.T) {
	r := buildFixture(t, map[string]review.Verdict{"al-arrival": review.False}, "", Options{})
	for _, tc := range []struct {
		name string
		opts ReviewOptions
		ok   bool
	}{
		{"nothing", ReviewOptions{}, false},
		{"no url", ReviewOptions{Organisation: "مسبار"}, false},
		{"no name", ReviewOptions{OrganisationURL: "https://misbar.example"}, false},
		{"organisation url", ReviewOptions{Organisation: "مسبار", OrganisationURL: "https://misbar.example"}, true},
		{"page url", ReviewOptions{Organisation: "مسبار", PageURL: "https://misbar.example/r.html"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ClaimReviews(r, tc.opts)
			if got := err == nil; got != tc.ok {
				t.Errorf("got error %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, ErrReviewOptions) {
				t.Errorf("got %v, want ErrReviewOptions", err)
			}
		})
	}
}
