package report

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/corpus"
	"github.com/claimdiff/claimdiff/review"
)

// ClaimReview export: one schema.org ClaimReview (JSON-LD) per claim or
// alignment with a verdict, as search engines and fact-check aggregators
// read them. The rating follows CONTRACT.md (review.RatingOf): confirmed 5
// "True", misleading 3 "Misleading", disputed 2 "Disputed", false 1
// "False", unverifiable no value and "Unverifiable"; needs-checking is work
// in progress and is not exported.
//
// Each review carries the properties search engines require: url (the
// review's address: the published report page and the target's anchor),
// claimReviewed, reviewRating (ratingValue, bestRating 5, worstRating 1,
// alternateName), author (the fact-checking organisation) and
// datePublished (the day of the verdict). itemReviewed is a Claim with one
// appearance per source article that carries it — the claim's own article,
// or every member's article for an alignment — each a CreativeWork with
// the article's url, headline, publisher (the outlet) and datePublished,
// and firstAppearance, the earliest published of them.

// ReviewOptions name who publishes the ClaimReviews and where.
type ReviewOptions struct {
	Organisation    string // the fact-checking organisation (author), required
	OrganisationURL string // its website
	// PageURL is where the HTML report is published; a review's url is
	// PageURL#ID. Empty means OrganisationURL.
	PageURL string
}

// ErrReviewOptions is returned when ClaimReviews cannot be written without
// knowing who publishes them and where.
var ErrReviewOptions = errors.New("ClaimReview needs an organisation name and a URL for the reviews")

// ClaimReviewLD is one schema.org ClaimReview.
type ClaimReviewLD struct {
	Context       string        `json:"@context"`
	Type          string        `json:"@type"`
	URL           string        `json:"url"`
	Identifier    string        `json:"identifier"` // the claim or alignment ID
	ClaimReviewed string        `json:"claimReviewed"`
	ReviewRating  review.Rating `json:"reviewRating"`
	ReviewBody    string        `json:"reviewBody,omitempty"`
	Author        Organization  `json:"author"`
	Creator       *Person       `json:"creator,omitempty"` // the reviewer who gave the verdict
	DatePublished string        `json:"datePublished"`
	InLanguage    string        `json:"inLanguage,omitempty"`
	ItemReviewed  ClaimLD       `json:"itemReviewed"`
}

// Organization is a schema.org Organization.
type Organization struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// Person is a schema.org Person.
type Person struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// ClaimLD is the schema.org Claim a ClaimReview reviews.
type ClaimLD struct {
	Type            string         `json:"@type"`
	Author          *Person        `json:"author,omitempty"` // the speaker, when known
	DatePublished   string         `json:"datePublished,omitempty"`
	Appearance      []CreativeWork `json:"appearance"`
	FirstAppearance *CreativeWork  `json:"firstAppearance,omitempty"`
}

// CreativeWork is an article a claim appears in.
type CreativeWork struct {
	Type          string        `json:"@type"`
	URL           string        `json:"url,omitempty"`
	Headline      string        `json:"headline,omitempty"`
	DatePublished string        `json:"datePublished,omitempty"`
	Publisher     *Organization `json:"publisher,omitempty"`
	Text          string        `json:"text,omitempty"` // the claim as this article words it
}

// ClaimReviews returns the ClaimReviews of the report's verdicts: events'
// alignments and their claims, unique claims, then other reviewed claims,
// in report order.
func ClaimReviews(r *Report, opts ReviewOptions) ([]ClaimReviewLD, error) {
	base := opts.PageURL
	if base == "" {
		base = opts.OrganisationURL
	}
	if strings.TrimSpace(opts.Organisation) == "" || strings.TrimSpace(base) == "" {
		return nil, ErrReviewOptions
	}
	org := Organization{Type: "Organization", Name: opts.Organisation, URL: opts.OrganisationURL}
	speakers := make(map[string]string)
	if r.Analysis != nil {
		for i := range r.Analysis.Claims {
			if c := &r.Analysis.Claims[i]; c.SpeakerText != "" {
				speakers[c.ID] = c.SpeakerText
			}
		}
	}
	out := []ClaimReviewLD{}
	seen := make(map[string]bool)
	add := func(id string, v *Verdict, claims []Claim) {
		if v == nil || seen[id] || len(claims) == 0 {
			return
		}
		rating, ok := review.RatingOf(review.Verdict(v.Verdict))
		if !ok {
			return
		}
		seen[id] = true
		cr := ClaimReviewLD{
			Context: "https://schema.org", Type: "ClaimReview",
			URL: anchorURL(base, id), Identifier: id,
			ReviewRating: rating, ReviewBody: v.Note, Author: org,
			DatePublished: v.At.UTC().Format("2006-01-02"),
			InLanguage:    claims[0].Lang,
			ItemReviewed:  ClaimLD{Type: "Claim"},
		}
		if cr.InLanguage == "und" {
			cr.InLanguage = ""
		}
		if v.Reviewer != "" {
			cr.Creator = &Person{Type: "Person", Name: v.Reviewer}
		}
		var first *CreativeWork
		firstDate := ""
		for _, c := range claims {
			s, _ := r.Source(c.Doc)
			cw := CreativeWork{Type: "CreativeWork", URL: s.URL, Headline: s.Title, DatePublished: s.Published, Text: c.Text}
			// The publisher is the outlet the text or metadata names; a
			// name made from the file name names no organisation.
			if s.DisplayName != "" && s.DisplayName != corpus.ShortFileName(s.Path) {
				cw.Publisher = &Organization{Type: "Organization", Name: s.DisplayName}
			}
			cr.ItemReviewed.Appearance = append(cr.ItemReviewed.Appearance, cw)
			if first == nil || earlier(s.Published, firstDate) {
				f := cw
				first, firstDate = &f, s.Published
			}
		}
		cr.ItemReviewed.FirstAppearance = first
		cr.ItemReviewed.DatePublished = firstDate
		// The claim reviewed is the wording of the first appearance; the
		// other wordings are in the appearances.
		cr.ClaimReviewed = oneLine(first.Text)
		if sp := speakers[claims[0].ID]; sp != "" && len(claims) == 1 {
			cr.ItemReviewed.Author = &Person{Type: "Person", Name: sp}
		}
		out = append(out, cr)
	}
	for _, e := range r.Events {
		for _, al := range e.Alignments {
			add(al.ID, al.Verdict, al.Claims)
			for _, c := range al.Claims {
				add(c.ID, c.Verdict, []Claim{c})
			}
		}
		for _, c := range e.Unique {
			add(c.ID, c.Verdict, []Claim{c})
		}
	}
	for _, c := range r.Reviewed {
		add(c.ID, c.Verdict, []Claim{c})
	}
	return out, nil
}

// earlier reports whether the ISO 8601 date a (at any precision, or a
// range) is known and earlier than b, or b is unknown.
func earlier(a, b string) bool {
	if a == "" {
		return false
	}
	if b == "" {
		return true
	}
	return firstOf(a) < firstOf(b)
}

func firstOf(date string) string {
	d, _, _ := strings.Cut(date, "/")
	return d
}

// anchorURL is base with the fragment #id, replacing any fragment base has.
func anchorURL(base, id string) string {
	base, _, _ = strings.Cut(base, "#")
	return base + "#" + id
}

// WriteClaimReview writes the report's verdicts as a JSON array of
// schema.org ClaimReview objects (JSON-LD), ready for a page's
// <script type="application/ld+json">.
func WriteClaimReview(w io.Writer, r *Report, opts ReviewOptions) error {
	reviews, err := ClaimReviews(r, opts)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(true) // "<" as \u003c, so the JSON can sit inside a <script> element
	enc.SetIndent("", " ")
	if err := enc.Encode(reviews); err != nil {
		return fmt.Errorf("write claimreview: %w", err)
	}
	return bw.Flush()
}
