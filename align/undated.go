package align

// Undated articles.
//
// Two articles with no date at all (pasted text: no published date, no
// retrieval date, no date in the text) can only be told to report one
// happening by what they say. Document frequencies counted over the few
// claims of such an input say little about which words are rare, so the
// centroid cosine events use elsewhere is weak here: two reports of one
// press release and two reports from one ministry both share its words.
// sameUndated therefore averages five signals, each in [0, 1]:
//
//   - cosine: the centroid cosine of the two groups (stems and entity IDs);
//   - phrases: the share of the shorter article's content-word bigrams
//     (consecutive stems, stop words left out, numbers kept) that the other
//     article also has — wire copy rewritten by two desks keeps its names,
//     figures and set phrases in order ("مجلس الأعمال السعودي الأمريكي");
//   - pair, counted twice: the best claim pair (Scorer.Score, over pairs
//     that share stems), one outlet's sentence restated by the other; it
//     also finds an article that tells the happening in a few lines among
//     other news;
//   - title: the share of each title's content stems found anywhere in the
//     other article, averaged over the two — a headline names the
//     happening ("ناقة سائبة", "طالبة تبوك"), and another story from the
//     same desk rarely carries those words;
//   - lead: the overlap of the content stems of the two leads (the title
//     and the first sentences, leadBytes of text), over the smaller set.
//
// Two articles whose leads give figures that all agree (figuresAgree,
// undated_contrast.go) have undatedFiguresBonus added to their score.
//
// The mean of the six (pair twice) must reach a threshold (now
// undatedNeed, which falls with the articles' length: below; the weights
// are now undatedWeights, re-chosen on 421 pairs further down). Both were
// chosen on half a of the same-story development set (testdata/samestory,
// `go run ./scripts/samestory`): the weights by a grid over weightings on
// half a (ties broken towards the smallest weights), the threshold as the
// best F1 of half a over 0.26–0.42 — 0.77 at 0.34, where half b, which
// chose nothing, gets 0.89 (0.83 over all 121 pairs). Each signal alone
// reaches 0.69–0.75 on half a. The figure is steep around the threshold
// (half a 0.71 at 0.30, 0.72 at 0.36): 61 pairs are few.
//
// Two articles that share at least manyShared (35) distinct content
// stems need only manySharedThreshold (0.27): the signals are shares, and
// two long reports of one happening from two angles share many words but
// a small part of either (on the same-story set the misses were mostly
// long articles, the wrong merges mostly short ones). Both were chosen
// on half a of the set grown to 181 pairs (`go run ./scripts/samestory`),
// with undatedThreshold kept: half a's best F1 is 0.773 for 34–36 stems
// and 0.25–0.28, the middle taken; without the rule it is 0.741. Half b,
// which chose nothing, went from 0.806 to 0.812, all 181 pairs from 0.770
// to 0.790 (the first 121 pairs from 0.826 to 0.838); with every date
// kept (-dated) 0.709 to 0.718, one article dated (-mixed) 0.740 to
// 0.761, all 362 articles as one input (-together) 0.738 to 0.756. On 40
// pairs drawn afterwards (pairs 182–221), which chose nothing, F1 is
// 0.936 with the rule and without it; over all 221 pairs 0.810 without,
// 0.824 with it.
//
// Between two undated articles the rule no longer applies. On the 160
// pairs drawn after it was chosen (pairs 182–341) it joined three pairs,
// all two happenings (two federations' decisions, two days' weather, the
// fall of Aden and the Houthi–Saleh rifts); over all 341 pairs it joined
// eleven, four of them one happening: with no date to check a pair, two
// reports of one template share as many words as two angles of one
// happening. Where both groups are dated (main groups of a small input,
// see events.go) the dates check the pair and the rule stays: without
// it -dated F1 falls from 0.831 to 0.805 on 341 pairs. undatedThreshold
// was then re-chosen on half a of the 341 pairs: its best F1, 0.830, holds
// for 0.333–0.337, the middle taken (0.815 at 0.34); half b, which chose
// nothing, went from 0.838 to 0.847, all 341 pairs from 0.827 to 0.838
// (P 0.843 to 0.882, R 0.811 to 0.799: seven wrong joins fewer, two
// happenings fewer found); chosen on half b instead the range is
// 0.330–0.334 and half a gets 0.825–0.830 (0.817 before). -dated went
// from 0.831 to 0.834, -together from 0.814 to 0.808 (half a 0.827 to
// 0.811, half b 0.800 to 0.805), the first 220 pairs undated from 0.828
// to 0.827, -dated 0.854 kept; the bundled corpus's analysis is
// byte-identical.
//
// The threshold then became a function of length, undatedNeed(n) for two
// groups of n claims in all: 0.345 at 16 claims, 0.06 less for each
// doubling (0.405 at 8, 0.285 at 32), n held within 4–64, the lengths
// the set holds (4–61). Reading the misses, same pairs scored lower the
// longer they were while different pairs did not: over the 341 pairs
// split into thirds by length, same pairs average 0.651, 0.635 and 0.545
// (cosine, phrases and lead all fall), different pairs 0.244, 0.212 and
// 0.215; among pairs scored 0.22–0.45 the claim count alone tells same
// from different with an AUC of 0.69. The misses were long accounts of
// one happening from two angles (the world's condemnations of a bombing
// against the security report), the wrong joins short reports of one
// template (two condolences, two accidents). The slope and threshold were
// chosen on half a by a grid (slope 0–0.1 by 0.005, the threshold's F1
// averaged over ±0.01 so that one pair at the edge does not choose it):
// its best is 0.06 at 0.345 (0.585 for one claim), F1 0.861 against
// 0.830; half b's own smoothed best is the same slope (at 0.305), so the
// slope is no accident of one half, and half b, which chose nothing, went
// from 0.847 to 0.857, all 341 pairs from 0.838 to 0.859 (P 0.882 to
// 0.897, R 0.799 to 0.824: four happenings more found, two wrong joins
// fewer). Chosen on half b instead (0.06 at 0.305), half a gets 0.826,
// half b 0.879.
// With one article dated (-mixed) 0.838 to 0.859; with every date kept
// (-dated, where it judges the main groups of a small input) 0.834 to
// 0.842; all articles as one input (-together) 0.808 to 0.826. The
// bundled corpus's analysis and 5,000 SaudiNewsNet articles' are
// byte-identical (neither has undated articles; SaudiNewsNet is no small
// input). On 40 pairs drawn afterwards (342–381, labelled before they
// were scored) F1 went from 0.571 to 0.667 (two happenings more found,
// no wrong join more); over all 381 pairs from 0.816 to 0.842, -dated
// 0.820 to 0.827, -together 0.792 to 0.808. Average linkage for a third
// undated article (the mean margin of its pairs with the cluster's
// members instead of the centroid check) traded as much recall as it
// gained precision in -together (0.809 at best) and was left out; so was
// a soft coverage of each title in the other article (same stem, similar
// stems, one root, synonyms, learned associations) in place of the
// title signal (341 pairs 0.848–0.854).
//
// Other signals were measured on the 341 pairs and left out: each was
// added to the score in a logistic regression fitted on one half, its
// cut chosen on that half, and scored on the other half, both ways (F1
// over both held-out halves; the score alone that way gets 0.842).
// Learned weights for the five signals instead of the fixed mean: 0.813.
// Shared words weighted by a background rarity counted over the
// benchmarks' training sentences (ANS headlines, ArNLI, Wojood; 9,304
// sentences), so that a shared rare name weighs more than a shared
// formula: 0.828–0.840 (counted over all of SaudiNewsNet instead, which
// may not enter the repository: 0.800–0.836). The similarity model's
// reading of title against title and title against the other lead:
// 0.831, 0.832. Named entities shared by the articles and by their
// leads: 0.822; figures of the leads found in the other article: 0.796.
// How many claim pairs score 0.25 or more: 0.839. All twenty together:
// 0.826. None reaches the score alone: the misses left are angles of one
// happening that share a handful of words (a funeral and a poem on one
// bombing) and template reports that share dozens, which no overlap of
// words tells apart.
//
// Beside placesApart (places.go), on all 381 pairs, more was measured and
// left out. Names spelt two ways (كليبر/كبلر, تشيلسي/تشلسي, أمريكا/أميركا)
// and organisations' aliases (داعش/تنظيم الدولة الإسلامية, بي كا كا/حزب
// العمال الكردستاني) are rare among the misses: an alias pair occurs in
// one missed pair (0.12 short of its threshold, where one or two stems
// more add 0.01–0.02) and in a different pair 0.001 short, which it would
// join; Kepler's two spellings differ in their consonants' order. Keying
// the set signals on ar.Skeleton instead of the stem moved F1 from 0.842
// to 0.848, all of it in half b (half a 0.835 kept), and moved same and
// different pairs alike (mean margin -0.001 and +0.001); keying them on
// the stem of the word without its article (Snowball stems الوطنية طني
// and وطنية وطن) changed no prediction. A topic signal — the share of each
// article's eight most repeated content stems found in the other, averaged
// both ways, weighted into the mean — helped the other half whichever half
// chose its weight and threshold (chosen on a, b 0.854 to 0.874; chosen on
// b, a 0.804 to 0.841) but half a's own best never took it (smoothed F1
// 0.833 at weight 0, lower above), and which stems count as the eight
// when many occur once decided most of it (hash order against first
// occurrence: half a 0.843 against 0.816 at one setting); so did the
// share of each article's stems repeated two or three times (half a's best
// at weight 0). Lowering manySharedThreshold's rule into undated pairs
// again (0.25–0.30, 35–45 stems) reached 0.840–0.847.
//
// The topic signal was then rebuilt without ties and measured again on
// the 381 pairs, with 40 fresh pairs (382–421, `-draw 40 -seed 20`)
// labelled before any of it was scored; it is left out. Five forms, each
// with an order-free rule: the share of the occurrences of each article's
// repeated stems (two or more) whose stem the other article uses; the
// share of its top-eight stems by count with every stem tied at the
// eighth's count taken too (all stems when the eighth occurs once), or
// with only repeated stems; and the top eight or five by count × the
// input's claim IDF (ties by the stem's spelling), or the IDF-weighted
// share of all its stems. Each was tried weighted into the mean (weight
// 0–3, undatedMid re-chosen, F1 averaged over ±0.01) and as a rule
// joining pairs up to 0.01–0.1 under undatedNeed whose topic share
// reaches 0.3–0.95, chosen on one half and read on the other. Weighted
// in, half a never chose a weight above 0.25, and where it did half b
// moved from 0.854 to 0.850–0.857; chosen on half b the weight reached 1.5
// for one form, half a 0.818 against the 0.804 of b's threshold alone.
// As a rule, chosen on half a, half b gained at best 0.854 to 0.861
// (pairs 342–381 0.667 and 382–421 0.714 kept); chosen on half b the
// rule is a lower threshold in disguise (0.03 under, topic 0.3) and half
// a fell from 0.840 to 0.802–0.828. No form gains both ways. With the top
// eight by count alone, the tie order (spelling up, down, or hash) moved
// half a's choice between weight 0, 0.25 and 1 and half b's figure
// between 0.854 and 0.867: the gain first seen was the tie order. Why:
// near the threshold the topic tells the subject, not the happening —
// among the 421 pairs, those 0–0.1 under the threshold have topic AUC
// 0.55–0.68 (same against different), and those 0–0.1 over it 0.19–0.34
// (the wrong joins, two reports of one template or two matches of one
// tournament, share their topic more than the joined angles of one
// happening do), while over all pairs the topic's AUC (0.82–0.86) stays
// below the score's own (0.88).
//
// The weights were then re-chosen on pairs 1–421, with 40 fresh pairs
// (422–461, `-draw 40 -seed 31`) labelled before any of it and held out
// (`-hide` keeps their misses out of -v). Every weighting of the five
// signals with weights 0–3 (1,023) was scored both ways: undatedMid chosen
// on one half (its F1 averaged over ±0.01, undatedSlope kept) and read on
// the other, the two read figures averaged. The weights before (1, 1, 1,
// 1, 2 for cosine, phrases, title, lead, pair) got 0.817; the best single
// weighting 0.838, but the best of a thousand noisy figures overstates, so
// each was averaged with its neighbours (one weight one step away): the
// region that then leads has cosine 0, phrases 3, title 1–2, lead 0–1 and
// pair 1–3 (0.825–0.827 against 0.814 for the weights before), and its
// middle, 0, 3, 2, 0, 2, was taken, both halves choosing undatedMid 0.305
// for it. Cosine and lead say again what phrases and title say, and
// weigh shares of short articles' many common words; phrases, in order,
// are what two desks' copies of one report keep. Over pairs 1–421 F1 went
// from 0.832 to 0.834 (P 0.881 to 0.830, R 0.788 to 0.838: recall for
// precision), pairs 1–341 0.865 to 0.869, 342–381 0.667 to 0.647, 382–421
// 0.714 to 0.727; -dated 0.814 to 0.825, -mixed 0.832 to 0.834, -together
// 0.811 to 0.812 (385 events against 411, the largest of 78 articles
// against 71). On the 40 held-out pairs F1 went from 0.621 to 0.727 (P
// 0.818 to 0.800, R 0.500 to 0.667). A logistic regression over the five
// signals and log2 of the claims, cut at its best F1 on the training
// folds (5-fold, three shuffles), got 0.815–0.830 on pairs 1–421, with
// each signal times log2 n added 0.813–0.833, with title-against-title
// stem and bigram overlaps 0.805–0.825: none above the hand rule's 0.830
// in-sample, so there is no learned model here.
//
// Shared words weighted by a background rarity were then measured again,
// inside the signals rather than beside them, on pairs 1–421 half against
// half (undatedMid chosen on one half, its F1 averaged over ±0.01, read on
// the other, the two read figures averaged; 0.824 for the rule as it is),
// with 40 more fresh pairs (462–501, `-draw 40 -seed 41`) labelled before
// and held out. Each stem weighed log((N+1)/(df+1)) / log(N+1), df counted
// over a background, a bigram its rarer stem's weight; phrases became the
// weighted share of the smaller article's bigram weight, title the
// weighted share of each title's stems, cosine and lead weighted
// containments of the bodies and leads. With the benchmarks' training
// sentences as background (ANS, ArNLI, Wojood; 9,380 sentences, the only
// text the repository may count) weighted phrases got 0.839, weighted
// title 0.836, both 0.833–0.837, every power of the weight from 0.5 to 3
// no better (0.816–0.831 at 2 and 3); at undatedMid 0.305 the weighted
// phrases change one prediction of 421 (F1 0.834 to 0.836). Over 108
// weightings (cosine and lead 0–1, the rest 1–3), each averaged with its
// neighbours, the best weighted region reaches 0.836 against 0.831 for the
// best unweighted one, about a pair in each half. With all of
// SaudiNewsNet as background (31k news articles; it may not enter the
// repository, so an upper bound for a news background) the best region is
// 0.831, no better than none, and at the weights used 0.809. Among the 151
// pairs within 0.1 of their threshold the weighted signals tell same from
// different with AUC 0.61–0.70 against 0.61–0.67 unweighted and 0.70 for
// the score, and the rarest shared stems alone (the top three or five by
// weight, or how many shared stems the background barely has) 0.54–0.64:
// the wrong joins share rare words too (two days' weather share الأرصاد
// and غائم, two fronts of the Yemen war أبين and لحج), the missed angles
// of one happening share few words of any rarity (six to twelve stems,
// عسير, مسجد, تفجير among them), and the benchmarks, which are not news,
// rate news formulas (سمو, مساء) as rare as names. The rarity of the
// stems the two titles share, summed and added to the score (0.01–0.05
// each unit, undatedMid re-chosen), got 0.824–0.836 with the benchmarks
// as background and 0.813–0.829 with SaudiNewsNet. No weighting is kept.
//
// Two articles whose titles both give figures, none of which the other
// article gives anywhere, are two happenings whatever their score
// (figuresApart): reports of one template — two road accidents, two
// days' market closes or counts — share most words and differ in the
// figure the headline is about. On the same-story set the rule holds for
// 11 of 221 pairs, all two happenings, and undated F1 went from 0.824 to
// 0.836 (half a 0.814 to 0.829, half b 0.835 to 0.844; -mixed 0.802 to
// 0.814, -together 0.791 to 0.798, -dated unchanged). It was found by
// reading the misses of both halves, so it was checked on 77 new pairs
// (`-draw 600 -seed 15`, those whose two titles hold digits): it holds
// for 15, changes 3 predictions, and all 3, read, are two happenings.
// Where both groups' texts are read (undated articles, the main groups of
// a small input), it also vetoes a link of the centroid threshold. So do
// titles whose places are apart (placesApart, see places.go): two
// regions' reports of one template.
//
// A sixth signal, the retold phrase (retold), was then added with weight
// 1 (phrases, title, pair and retold 3:2:2:1) and undatedMid re-chosen as
// 0.365, on pairs 1–341 only. Reading the misses, most were short
// reactions to one happening (14 of 32: condemnations of one mosque
// bombing) against template reports that share as many words. A
// reaction retells the happening in one sentence ("التفجير الإرهابي
// الذي استهدف مسجد قوات الطوارئ بعسير"), so a phrase of each article's
// lead is found in one sentence of the other, while two stories of one
// subject share words spread over their texts. retold takes, for each
// article, the windows of four consecutive content stems of its title
// and first sentence, and the largest share of a window's stems that one
// claim of the other article holds; the pair's value is the smaller of
// the two. It was measured against the other forms of the idea with
// TestProbeSameStory, each added to the score with a weight, the weight
// and undatedMid chosen on pairs 1–341 (F1 averaged over ±0.01 of the
// threshold; 0.869 for the score alone), pairs 342–501 read beside it
// (0.730 alone): the similarity model or Score of the title, or of the
// first sentence, against the other article's best sentence, and that
// sentence's soft coverage of it (align's cover), 0.869–0.878 on 1–341
// and 0.719–0.752 on 342–501; windows of three to eight stems from the
// title, the first two, three or five claims or the first leadBytes,
// retold in one sentence of the other or anywhere in it, 0.869–0.879 and
// 0.726–0.784; the most stems one lead claim shares with one claim,
// 0.869 and 0.730. The best single form on 1–341, five-stem windows of
// the title alone (0.879), stood alone (four or six stems of the title
// 0.869–0.870), while four-stem windows led wherever the lead held the
// first sentence too (0.876 for two claims, three or leadBytes): four
// stems of the title and first sentence, the smaller of the two values,
// was taken. As a sixth signal its weight, 0.5–3 by 0.5, chose 1 (F1
// 0.874, 0.876, 0.869, 0.863, 0.839 on 1–341). Pairs 1–341 went from
// 0.869 to 0.878 (P 0.863 to 0.875, R 0.874 to 0.881); 342–501, which
// chose nothing but were read while the forms were compared, 0.730 to
// 0.773 (342–381 0.647 to 0.688, 382–421 0.727 to 0.756, 422–461 0.727
// to 0.765, 462–501 0.811 to 0.872); pairs 1–421 0.834 to 0.848, all 501
// 0.825 to 0.844. Forty pairs drawn and labelled after it was chosen
// (502–541, `-draw 40 -seed 51`) score 0.875 with it and without it (the
// same predictions). With every date kept (-dated) all 541 pairs went
// from 0.811 to 0.818, one article dated (-mixed) 0.828 to 0.846, all
// articles as one input (-together) 0.805 to 0.817 (502–541 0.833 to
// 0.811, one wrong join more). Of the 15 predictions it changed on pairs
// 1–501, 12 were right: reactions and aftermath of one happening joined
// (a bombing's visits to the wounded, a condemnation of a politician's
// statements, a journalist's funeral), stories of one subject apart (an
// oil price and a stock index at a low, a bailout week and a central
// banker's view); wrong were two short pairs whose leads are not retold
// in one sentence (a two-word headline on rain, a blue moon) and two
// fronts of one war joined. The value is coarse (most pairs have 0.5,
// 0.75 or 1), and on pairs 1–341 the same pairs near the threshold are
// not more often retold than the different ones (within 0.1 under it 4 of
// 14 against 16 of 60 wholly retold; on 342–501 9 of 11 against 3 of
// 22): on 1–341 it changes three predictions, and the held-out blocks,
// which it never lowered, are the better part of the case for it. As the
// score's weights sum to 8 instead of 7, a pair wholly retold needs a
// little less of the other signals than before and a pair half retold
// more. manySharedThreshold, which two dated main groups are held to,
// was not re-chosen (its score now includes the retold phrase). The
// weights were then gridded again with the retold phrase on pairs 1–341
// (cosine and lead 0–1, phrases, title and pair 1–3, retold 0–2; 324
// weightings, undatedMid chosen for each, each averaged with its
// neighbours): 0, 3, 2, 0, 2, 1 is second, 0.871 against 0.872 for 0, 3,
// 3, 1, 3, 1 (which reads 0.757 on 342–501), so they stay.
//
// Undated groups are few in what a fact-checker pastes, so each is compared
// with every other group, dated or not (up to undatedPairBudget pairs); a
// large input falls back to the candidates of the term index.

import (
	"hash/fnv"
	"math"
	"math/bits"
	"slices"

	"github.com/claimdiff/claimdiff/claim"
	"github.com/claimdiff/claimdiff/claim/numbers"
	"github.com/claimdiff/claimdiff/lang"
)

const (
	// undatedMid and undatedSlope: two groups of n claims in all need
	// undatedNeed(n), undatedMid at undatedMidClaims claims and
	// undatedSlope less for each doubling of n, n held within
	// undatedMinClaims–undatedMaxClaims (see sameUndated; undatedMid was
	// re-chosen with undatedWeights, 0.345 before, and again with the
	// retold phrase, 0.305 before).
	undatedMid       = 0.365
	undatedMidClaims = 16
	undatedSlope     = 0.06
	undatedMinClaims = 4
	undatedMaxClaims = 64
	// manyShared and manySharedThreshold: two dated groups that share
	// at least manyShared distinct content stems need only
	// manySharedThreshold (see sameUndated).
	manyShared          = 35
	manySharedThreshold = 0.27
	// undatedCosine is the centroid cosine a third undated article needs
	// with a cluster of two to join it (see clusterEvents), so that
	// undated articles do not chain.
	undatedCosine = 0.30
	// leadBytes is how much text from the start of an article is its
	// lead.
	leadBytes = 600
	// undatedPrune: see sameUndated.
	undatedPrune = 0.2
	// undatedPairBudget bounds the undated groups times all groups that
	// are compared all against all (see clusterEvents).
	undatedPairBudget = 1 << 20
	// retoldLead is how many claims from the start of an article (the
	// title and the first sentence) retold reads, retoldWindow how many
	// consecutive content stems of one of them make a phrase (see
	// retold).
	retoldLead   = 2
	retoldWindow = 4
)

// undatedText holds what sameUndated compares of an undated group besides
// its vector: sorted, distinct hashes of its content-word bigrams, of the
// content stems of its title, of its lead and of all its claims.
type undatedText struct {
	phrases, title, lead, body []uint64
	// windows are the distinct content-stem hashes of each window of
	// retoldWindow consecutive stems of its first retoldLead claims (the
	// title and the first sentence); claimBits, for each hash of body in
	// order, the claims that hold it, maskWords uint64 words each, bit i
	// for its i-th claim (see retold).
	windows   [][]uint64
	claimBits []uint64
	maskWords int
	// titleFigures are the numbers its title gives, figures all the
	// numbers of its claims and title (see figuresApart), leadFigures
	// those of its first retoldLead claims (the title and the first
	// sentence; see figuresAgree).
	titleFigures, figures, leadFigures []float64
	// titlePlaces are the sorted, distinct IDs of the places its title
	// names, places those of its claims and title (see placesApart).
	titlePlaces, places []string
}

// undatedTextOf reads the claims (indices into s, in document order) of a
// group; title is its document's title when that is not one of its claims
// (a JSON record's title field; "" when there is none), read as if it were
// the group's first claim. A group with no title has its first claim as
// its title.
func (s *Scorer) undatedTextOf(members []int, title string) *undatedText {
	type part struct {
		text  string
		title bool
		// headline: the document's title, not a first claim read as one.
		headline bool
		// figures are the numbers it gives.
		figures []float64
	}
	parts := make([]part, 0, len(members)+1)
	u := &undatedText{}
	if title != "" {
		for _, n := range numbers.Find(title) {
			u.titleFigures = append(u.titleFigures, n.Value)
		}
		parts = append(parts, part{title, true, true, u.titleFigures})
	}
	hasTitle := title != ""
	for _, i := range members {
		c := s.claims[i]
		if c.Kind == claim.KindTitle {
			if title != "" {
				continue // the same title twice
			}
			hasTitle = true
			for _, n := range c.Numbers {
				u.titleFigures = append(u.titleFigures, n.Value)
			}
		}
		nf := len(u.figures)
		for _, n := range c.Numbers {
			u.figures = append(u.figures, n.Value)
		}
		parts = append(parts, part{c.Text, c.Kind == claim.KindTitle, c.Kind == claim.KindTitle, u.figures[nf:]})
	}
	if !hasTitle && len(parts) > 0 {
		parts[0].title = true // its figures are not a headline's
	}
	u.figures = append(u.figures, u.titleFigures...)
	lead := 0
	seqs := make([][]uint64, len(parts))
	for pi, p := range parts {
		inLead := lead < leadBytes
		lead += len(p.text)
		var prev string
		var seq []uint64
		toks := lang.Tokenize(p.text)
		n := len(u.places)
		u.places = placeIDs(u.places, p.text, toks)
		if p.headline {
			u.titlePlaces = append(u.titlePlaces, u.places[n:]...)
		}
		for _, t := range toks {
			if t.Stop || (t.Kind == lang.Word && len(t.Norm) < 6) { // three Arabic letters
				continue
			}
			h := hashStrings(t.Stem, "")
			u.body = append(u.body, h)
			seq = append(seq, h)
			if p.title {
				u.title = append(u.title, h)
			}
			if inLead {
				u.lead = append(u.lead, h)
			}
			if prev != "" {
				u.phrases = append(u.phrases, hashStrings(prev, t.Stem))
			}
			prev = t.Stem
		}
		if pi < retoldLead {
			u.windows = appendWindows(u.windows, seq)
			u.leadFigures = append(u.leadFigures, p.figures...)
		}
		seqs[pi] = seq
	}
	for _, p := range []*[]uint64{&u.phrases, &u.title, &u.lead, &u.body} {
		slices.Sort(*p)
		*p = slices.Compact(*p)
	}
	u.maskWords = (len(parts) + 63) / 64
	u.claimBits = make([]uint64, len(u.body)*u.maskWords)
	for pi, seq := range seqs {
		for _, h := range seq {
			k, _ := slices.BinarySearch(u.body, h)
			u.claimBits[k*u.maskWords+pi/64] |= 1 << (pi % 64)
		}
	}
	for _, p := range []*[]string{&u.titlePlaces, &u.places} {
		slices.Sort(*p)
		*p = slices.Compact(*p)
	}
	return u
}

func hashStrings(a, b string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(a))
	h.Write([]byte{0})
	h.Write([]byte(b))
	return h.Sum64()
}

// overlap counts the elements two sorted sets share.
func overlap[T int32 | uint32 | uint64](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// containment is the share of the smaller of two sorted sets found in the
// other.
func containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(overlap(a, b)) / float64(min(len(a), len(b)))
}

// share is the share of a found in b.
func share(a, b []uint64) float64 {
	if len(a) == 0 {
		return 0
	}
	return float64(overlap(a, b)) / float64(len(a))
}

// bestSharedPair is bestPair over the claim pairs whose stem cosine
// reaches cosFloor (pairs below it score low whatever else they share), so
// that comparing every two of many undated articles stays cheap; at most
// maxPairChecks pairs are scored.
func (s *Scorer) bestSharedPair(a, b []int) float64 {
	best, n := 0.0, 0
	for _, x := range a {
		for _, y := range b {
			if cosine(s.vecs[x], s.vecs[y]) < cosFloor {
				continue
			}
			if n++; n > maxPairChecks {
				return best
			}
			best = max(best, s.Score(x, y))
		}
	}
	return best
}

// undatedSignals returns the signals sameUndated averages: cosine,
// phrases, title and lead, then the best claim pair, which costs more and
// is read only when the first four leave the pair worth scoring (the
// retold phrase, the last signal, is read by sameUndated itself).
func (s *Scorer) undatedSignals(a, b *localGroup) (cheap [4]float64, pair func() float64) {
	ua, ub := a.text, b.text
	ma, va := a.judged()
	mb, vb := b.judged()
	cheap = [4]float64{
		cosine(va, vb),
		containment(ua.phrases, ub.phrases),
		(share(ua.title, ub.body) + share(ub.title, ua.body)) / 2,
		containment(ua.lead, ub.lead),
	}
	return cheap, func() float64 { return s.bestSharedPair(ma, mb) }
}

// retold is how well each of two articles retells, in one sentence, a
// phrase of the other's lead: for each article, over the windows of
// retoldWindow consecutive content stems of its title and first sentence
// (a shorter claim of two stems or more is one window), the largest share
// of a window's distinct stems that one claim of the other article holds;
// the smaller of the two articles' values. Two accounts of one happening
// retell it: a condemnation's "التفجير الإرهابي الذي استهدف مسجد قوات
// الطوارئ بعسير" is, in a few words, one sentence of the security report
// ("حادث تفجير مسجد إدارة الطوارئ بمنطقة عسير"), however little else the
// two share. Two stories of one subject share words spread over the text,
// and their headline's phrase is often not retold in one sentence (an
// oil price and a stock index at a low; a bailout vote and a later
// statement on it). See the top of this file for what chose it.
func retold(a, b *undatedText) float64 {
	return min(retoldShare(a.windows, b), retoldShare(b.windows, a))
}

// appendWindows appends to dst the distinct hashes of each window of
// retoldWindow consecutive elements of seq (seq itself when shorter, if it
// has two or more).
func appendWindows(dst [][]uint64, seq []uint64) [][]uint64 {
	if len(seq) < 2 {
		return dst
	}
	for st := 0; ; st++ {
		end := min(st+retoldWindow, len(seq))
		var w []uint64
		for _, h := range seq[st:end] {
			if !slices.Contains(w, h) {
				w = append(w, h)
			}
		}
		dst = append(dst, w)
		if end == len(seq) {
			return dst
		}
	}
}

// retoldShare is retold's value for one article, given its windows: the
// largest share of a window's stems that one claim of b holds.
func retoldShare(windows [][]uint64, b *undatedText) float64 {
	best := 0.0
	var masks [retoldWindow][]uint64
	for _, w := range windows {
		n := 0
		for _, h := range w {
			if k, ok := slices.BinarySearch(b.body, h); ok {
				masks[n] = b.claimBits[k*b.maskWords : (k+1)*b.maskWords]
				n++
			}
		}
		if n == 0 {
			continue
		}
		best = max(best, float64(mostTogether(masks[:n]))/float64(len(w)))
	}
	return best
}

// mostTogether returns the most of the bit sets ms (at most retoldWindow)
// that share one bit: how many of a window's stems one claim holds.
func mostTogether(ms [][]uint64) int {
	for k := len(ms); k > 1; k-- {
		for sub := 1; sub < 1<<len(ms); sub++ {
			if bits.OnesCount(uint(sub)) != k {
				continue
			}
			for j := range ms[0] {
				and := ^uint64(0)
				for i, m := range ms {
					if sub&(1<<i) != 0 {
						and &= m[j]
					}
				}
				if and != 0 {
					return k
				}
			}
		}
	}
	return 1
}

// judged returns the claims and centroid sameUndated compares for g: its
// whole article's when set (a dated article's main group in a small
// input), else its own.
func (g *localGroup) judged() ([]int, vector) {
	if g.article != nil {
		return g.article, g.articleVec
	}
	return g.members, g.vec
}

// sameUndated reports whether two undated groups of different documents
// report one happening, with their score (the weighted mean of the
// signals, undatedScore). The signals are shares, and shares penalise long articles:
// two long reports of one happening, each with its own angle (a bombing
// told by the security report and by the condemnations, which retell
// it), share many words but a small part of either. Two dated groups
// that share at least manyShared distinct content stems — which two short
// articles cannot — need only manySharedThreshold; two undated ones must
// reach undatedNeed of their claims in all, which is lower the longer
// they are (see the top of this file). Two articles that
// share almost nothing (the four set and
// vector signals summing to under undatedPrune: different stories, on
// the same-story set every same pair sums to 0.87 or more) are not scored
// further, which keeps comparing every two of many articles cheap.
func (s *Scorer) sameUndated(a, b *localGroup) (score float64, same bool) {
	if undatedTrace != nil {
		defer func() { undatedTrace(s, a, b, score, same) }()
	}
	cheap, pair := s.undatedSignals(a, b)
	sum := cheap[0] + cheap[1] + cheap[2] + cheap[3]
	if sum < undatedPrune {
		return sum / 6, false
	}
	p := pair()
	if textsApart(a.text, b.text) {
		return undatedScore(cheap, p, 0), false
	}
	ma, _ := a.judged()
	mb, _ := b.judged()
	need := undatedNeed(len(ma) + len(mb))
	many := !a.undated && !b.undated && overlap(a.text.body, b.text.body) >= manyShared
	if many {
		need = min(need, manySharedThreshold)
	}
	bonus := figuresBonus(a.text, b.text)
	if undatedScore(cheap, p, 1)+bonus < need {
		// Not even a wholly retold lead would lift the pair to what it
		// needs: the retold phrase is not read (callers read the score
		// of a pair that is one happening only).
		return undatedScore(cheap, p, 0) + bonus, false
	}
	score = undatedScore(cheap, p, retold(a.text, b.text)) + bonus
	return score, score >= need
}

// undatedTrace, when set (by tests only), is called with every pair
// sameUndated judges, its score and its verdict.
var undatedTrace func(s *Scorer, a, b *localGroup, score float64, same bool)

// undatedWeights weigh the signals of sameUndated (cosine, phrases,
// title, lead, the best claim pair, then the retold phrase) into its
// score, their weighted mean (see the top of this file).
var undatedWeights = [6]float64{0, 3, 2, 0, 2, 1}

// undatedScore is the weighted mean of the signals.
func undatedScore(cheap [4]float64, pair, retold float64) float64 {
	w := undatedWeights
	return (w[0]*cheap[0] + w[1]*cheap[1] + w[2]*cheap[2] + w[3]*cheap[3] + w[4]*pair + w[5]*retold) / (w[0] + w[1] + w[2] + w[3] + w[4] + w[5])
}

// undatedNeed is the score sameUndated needs for two groups of n claims
// in all: undatedMid at undatedMidClaims, undatedSlope less for each
// doubling of n. Two accounts of one happening share less of either the
// longer they are, each adding its own angle, while two stories share
// about as little at any length (see the top of this file); n is held
// within the lengths the slope was measured on.
func undatedNeed(n int) float64 {
	n = min(max(n, undatedMinClaims), undatedMaxClaims)
	return undatedMid - undatedSlope*math.Log2(float64(n)/undatedMidClaims)
}

// textsApart reports whether two articles' titles tell two happenings
// whatever their score: their figures are apart (figuresApart) or their
// places are (placesApart).
func textsApart(a, b *undatedText) bool {
	return figuresApart(a, b) || placesApart(a, b)
}

// figuresApart reports whether two articles' titles each give a figure
// and neither title's figures are found anywhere in the other article:
// two reports of one template ("مصرع 8 وإصابة…" against "مصرع شخص
// وإصابة 7…", "تصحيح أوضاع 425 ألف يمني" against "439 ألفاً", two days'
// market closes) tell two happenings, since a headline's figure is its
// fact and another account of the same happening repeats it, or a
// rounding of it (sameFigure). On the same-story set every pair this
// holds for is two happenings (11 of 221 pairs, three of them wrongly
// joined before).
func figuresApart(a, b *undatedText) bool {
	if len(a.titleFigures) == 0 || len(b.titleFigures) == 0 {
		return false
	}
	return !anyFigureIn(a.titleFigures, b.figures) && !anyFigureIn(b.titleFigures, a.figures)
}

// anyFigureIn reports whether some figure of xs is found among ys.
func anyFigureIn(xs, ys []float64) bool {
	for _, x := range xs {
		for _, y := range ys {
			if sameFigure(x, y) {
				return true
			}
		}
	}
	return false
}

// sameFigure reports whether two figures are one: equal, or one a
// rounding of the other to its trailing zeros, of at least two, and
// within a factor of two of it (112,686 and "112 ألفاً"; not 425,000 and
// 439,000, nor 15 and 20, nor 100 billion and 6.5 billion).
func sameFigure(x, y float64) bool {
	if x == y {
		return true
	}
	d := math.Abs(x - y)
	if d >= max(math.Abs(x), math.Abs(y))/2 {
		return false
	}
	for _, r := range [2]float64{x, y} {
		if p := roundness(r); p >= 100 && d < p {
			return true
		}
	}
	return false
}

// roundness is the largest power of ten that divides a whole number x
// (1 for a number that is not whole or too large to tell).
func roundness(x float64) float64 {
	if x != math.Trunc(x) || math.Abs(x) >= 1e15 || x == 0 {
		return 1
	}
	n, p := int64(math.Abs(x)), 1.0
	for n%10 == 0 {
		n /= 10
		p *= 10
	}
	return p
}
