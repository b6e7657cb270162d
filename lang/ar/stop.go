package ar

import "strings"

// stopList holds frequent Arabic function words in folded form (see Fold):
// prepositions, conjunctions, pronouns, demonstratives, relative pronouns and
// auxiliaries that carry no content of their own. They are kept as tokens
// (offsets and diffs need them) but weigh nothing in similarity.
const stopList = `
في من الي علي عن مع ان او ثم حتي لكن بل لا لم لن ما ماذا هل قد لقد كان كانت يكون تكون
هذا هذه ذلك تلك هولاء اولئك هنا هناك الذي التي الذين اللذين اللتين اللواتي اللاتي
هو هي هم هن انا نحن انت انتم اياه اياها ايضا كما كل بعض غير بين بعد قبل عند عندما
منذ خلال حول ضد دون لدي لدى الا اذا اذ لو ولا ولم وما وقد وكان وكانت وهو وهي وان وفي ومن
وعلي والي وعن ومع فيه فيها منه منها عليه عليها اليه اليها عنه عنها به بها له لها لهم
التي الذي وهذا وهذه وذلك كذلك حيث اي ان انه انها بان بانه بانها لان لانه كي ليس ليست
و ف ب ل ك يا ام اما وهم ولكن فقط جدا اكثر اقل نحو تم يتم وتم سوف عدم امام وراء فوق تحت اثناء
`

var stopWords = func() map[string]struct{} {
	m := make(map[string]struct{})
	for _, w := range strings.Fields(stopList) {
		m[w] = struct{}{}
	}
	return m
}()

// IsStop reports whether the folded word w is an Arabic stop word.
func IsStop(w string) bool {
	_, ok := stopWords[w]
	return ok
}
