package review

import (
	"os"
	"os/user"
	"strings"
)

// Rating is a schema.org Rating as a ClaimReview carries it. Value is 0 when
// the verdict has no place on the scale (unverifiable).
type Rating struct {
	Type          string `json:"@type"`
	Value         int    `json:"ratingValue,omitempty"`
	Best          int    `json:"bestRating,omitempty"`
	Worst         int    `json:"worstRating,omitempty"`
	AlternateName string `json:"alternateName"`
}

// RatingOf maps a verdict to its ClaimReview rating (CONTRACT.md): confirmed
// 5 "True", misleading 3 "Misleading", disputed 2 "Disputed", false 1
// "False", unverifiable no value and "Unverifiable". ok is false for
// needs-checking (work in progress, never exported) and unknown verdicts.
func RatingOf(v Verdict) (r Rating, ok bool) {
	r = Rating{Type: "Rating", Best: 5, Worst: 1}
	switch v {
	case Confirmed:
		r.Value, r.AlternateName = 5, "True"
	case Misleading:
		r.Value, r.AlternateName = 3, "Misleading"
	case Disputed:
		r.Value, r.AlternateName = 2, "Disputed"
	case False:
		r.Value, r.AlternateName = 1, "False"
	case Unverifiable:
		return Rating{Type: "Rating", AlternateName: "Unverifiable"}, true
	default:
		return Rating{}, false
	}
	return r, true
}

// ClaimReview is a schema.org ClaimReview of one verdict.
type ClaimReview struct {
	Context       string `json:"@context"`
	Type          string `json:"@type"`
	Identifier    string `json:"identifier"`              // the claim or alignment ID
	ClaimReviewed string `json:"claimReviewed"`           // the claim's text; an alignment's member texts, one per line
	ReviewRating  Rating `json:"reviewRating"`            // see RatingOf
	ReviewBody    string `json:"reviewBody,omitempty"`    // the note
	DatePublished string `json:"datePublished"`           // when the verdict was given, RFC 3339 UTC
	Author        Author `json:"author"`                  // the reviewer
	EntryID       string `json:"claimdiff_entry"`         // the store entry
	Verdict       string `json:"claimdiff_verdict"`       // the verdict word
	Document      string `json:"claimdiff_doc,omitempty"` // the claim's document
}

// Author is a ClaimReview's author.
type Author struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// ClaimReviewOf turns a verdict entry into a ClaimReview; ok is false for
// entries that are not exported (not a verdict, or needs-checking).
func ClaimReviewOf(e Entry) (ClaimReview, bool) {
	if e.Op != OpVerdict {
		return ClaimReview{}, false
	}
	r, ok := RatingOf(e.Verdict)
	if !ok {
		return ClaimReview{}, false
	}
	text := e.Text
	if text == "" && len(e.Members) > 0 {
		var lines []string
		for _, m := range e.Members {
			lines = append(lines, m.Text)
		}
		text = strings.Join(lines, "\n")
	}
	return ClaimReview{
		Context: "https://schema.org", Type: "ClaimReview", Identifier: e.Target,
		ClaimReviewed: text, ReviewRating: r, ReviewBody: e.Note,
		DatePublished: e.At.UTC().Format("2006-01-02T15:04:05Z07:00"),
		Author:        Author{Type: "Person", Name: e.Reviewer},
		EntryID:       e.ID, Verdict: string(e.Verdict), Document: e.Doc,
	}, true
}

// DefaultReviewer picks who a verdict is stamped with: the --reviewer flag
// when given, else the config file's value, else the operating-system user
// (its login name, or $USER / $USERNAME when that cannot be looked up), else
// "unknown".
func DefaultReviewer(flag, configValue string) string {
	if s := strings.TrimSpace(flag); s != "" {
		return s
	}
	if s := strings.TrimSpace(configValue); s != "" {
		return s
	}
	if u, err := user.Current(); err == nil && strings.TrimSpace(u.Username) != "" {
		return strings.TrimSpace(u.Username)
	}
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if s := strings.TrimSpace(os.Getenv(k)); s != "" {
			return s
		}
	}
	return "unknown"
}
