package align

import "math"

// Rarity is the weight of a term that df of n claims hold: a smoothed
// inverse document frequency, ln(1 + (n+1)/(df+1)). Claim vectors
// (vocab.weigh), event labels and the store's event index
// (store/indexterms.go, store/update.go) all weigh terms by it.
//
// Every added claim moves n, and every added claim's terms move their df,
// so an incremental update cannot keep every stored event as a full run
// would make it (store/update.go). Weights that move only when a term's
// df crosses a bucket on a log scale (with n fixed within a bucket too)
// were measured against that and dropped: on SaudiNewsNet one add of 100
// articles moves 920 terms across buckets a tenth of a natural log wide
// and 185 across buckets a whole log wide, and claims holding them sit in
// 14,377 and 7,163 of the store's 15,867 events, which an exact update
// would have to cluster again (see the README's store section).
func Rarity(df, n int) float64 {
	return math.Log(1 + float64(n+1)/float64(df+1))
}

// CommonDF is the most claims of n a term may be in and still count in an
// event centroid (see commonShare).
func CommonDF(n int) int {
	return max(commonMin, int(commonShare*float64(n)))
}
