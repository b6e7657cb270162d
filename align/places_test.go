package align

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/lang"
)

// placesText is the undatedText of an article as far as placesApart reads
// it: the places of its title, and of its title and body.
func placesText(title, body string) *undatedText {
	u := &undatedText{}
	u.titlePlaces = placeIDs(nil, title, lang.Tokenize(title))
	u.places = placeIDs(slices.Clone(u.titlePlaces), body, lang.Tokenize(body))
	for _, p := range []*[]string{&u.titlePlaces, &u.places} {
		slices.Sort(*p)
		*p = slices.Compact(*p)
	}
	return u
}

func TestPlaceIDs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"أمير منطقة عسير يزور المصابين", []string{"e-sa-asir"}},
		{"افتتاح معرض الكتاب في أبها", []string{"e-sa-abha", "e-sa-asir"}}, // a town is its region too
		{"أمطار رعدية على تبوك والرياض", []string{"e-sa-tabuk", "e-riyadh"}},
		{"وقال المصدر إن الخبر غير صحيح", nil},   // الخبر: the news, not the town
		{"الأسواق الشرقية تغلق على ارتفاع", nil}, // الشرقية alone: eastern
		{"الكويت تدين الهجوم", []string{"e-kuwait"}},
	}
	for _, tt := range tests {
		if got := placeIDs(nil, tt.text, lang.Tokenize(tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("placeIDs(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPlacesApart(t *testing.T) {
	tests := []struct {
		name          string
		titleA, bodyA string
		titleB, bodyB string
		want          bool
	}{
		{
			"one workshop template, two regions",
			"لجنة الانتخابات البلدية في تبوك تنظم ورشة عمل للمدربين", "نظمت اللجنة المحلية للانتخابات البلدية ورشة عمل تدريبية للمدربين والمدربات بحضور رئيس اللجنة",
			"ورشة عمل للانتخابات البلدية بالرياض", "عقدت لجنة الانتخابات البلدية ورشة عمل للمدربين ضمن استعدادات اللجنة لمرحلة قيد الناخبين",
			true,
		},
		{
			"two governors on one bombing: the other article names Asir",
			"أمير جازان: وراء الحادث فئات حاقدة", "وصف أمير منطقة جازان الحادث الذي استهدف مسجد قوات الطوارئ بمنطقة عسير بأنه عمل إرهابي",
			"أمير تبوك: يد العدالة ستطال من يقف خلف تفجير مسجد الطوارئ بعسير", "رفع أمير منطقة تبوك العزاء في شهداء قوات الطوارئ الخاصة",
			false,
		},
		{
			"a town and its region",
			"مدير التعليم يزور مصابي التفجير في أبها", "زار مدير التعليم المصابين المنومين في المستشفى المركزي",
			"أمير عسير يتفقد المصابين", "تفقد أمير المنطقة المصابين في حادث التفجير",
			false,
		},
		{
			"one title names no place",
			"القيادة تعزي في وفاة الأمير", "بعث خادم الحرمين الشريفين برقية عزاء",
			"برقية عزاء إلى أمير حائل", "بعث ولي العهد برقية عزاء إلى أمير منطقة حائل",
			false,
		},
		{
			"two countries' national days",
			"الكويت تحتفل بذكرى اليوم الوطني", "تحتفل البلاد بذكرى اليوم الوطني وسط فعاليات شعبية في المدن",
			"البحرين تحتفل بذكرى اليوم الوطني", "احتفل المواطنون بذكرى اليوم الوطني بفعاليات شعبية وعروض في المدن",
			true,
		},
		{
			"two countries condemn one bombing whose site both name",
			"الكويت تدين تفجير مسجد في أبها", "أدانت دولة الكويت التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير",
			"البحرين تستنكر الاعتداء الإرهابي", "استنكرت مملكة البحرين التفجير الذي استهدف مسجدا في أبها",
			false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := placesText(tt.titleA, tt.bodyA), placesText(tt.titleB, tt.bodyB)
			if got := placesApart(a, b); got != tt.want {
				t.Errorf("placesApart = %v, want %v (title places %v | %v, places %v | %v)", got, tt.want, a.titlePlaces, b.titlePlaces, a.places, b.places)
			}
		})
	}
}

// regionalArticles are reports of one regional template: workshopTabuk
// and workshopRiyadh are two committees' workshops told with the same
// words, workshopTabuk2 is the Tabuk workshop told by another outlet.
var regionalArticles = map[string][]string{
	"workshopTabuk": {
		"لجنة الانتخابات البلدية في تبوك تنظم ورشة عمل للمدربين والمدربات",
		"نظمت اللجنة المحلية للانتخابات البلدية بمنطقة تبوك ورشة عمل تدريبية للمدربين والمدربات المكلفين بتدريب موظفي مراكز قيد الناخبين",
		"وتناولت الورشة إجراءات قيد الناخبين والتحقق من هوياتهم وآلية تعبئة النماذج",
		"وأكد رئيس اللجنة أن الورشة تأتي ضمن استعدادات اللجنة لمرحلة قيد الناخبين",
	},
	"workshopTabuk2": {
		"ورشة تدريبية لمدربي مراكز القيد في تبوك",
		"أقامت لجنة الانتخابات البلدية في تبوك ورشة تدريبية للمدربين والمدربات الذين سيدربون موظفي مراكز قيد الناخبين",
		"وشرحت الورشة إجراءات قيد الناخبين وآلية تعبئة النماذج والتحقق من الهويات",
	},
	"workshopRiyadh": {
		"لجنة الانتخابات البلدية في الرياض تنظم ورشة عمل للمدربين والمدربات",
		"نظمت اللجنة المحلية للانتخابات البلدية بمنطقة الرياض ورشة عمل تدريبية للمدربين والمدربات المكلفين بتدريب موظفي مراكز قيد الناخبين",
		"وتناولت الورشة إجراءات قيد الناخبين والتحقق من هوياتهم وآلية تعبئة النماذج",
		"وأكد رئيس اللجنة أن الورشة تأتي ضمن استعدادات اللجنة لمرحلة قيد الناخبين",
	},
}

// TestPlacesApartEvents: two regions' workshops of one template, whose
// titles name places the other article never names, are two events though
// their words would join them; the Tabuk workshop told by another outlet
// is one with it.
func TestPlacesApartEvents(t *testing.T) {
	tests := []struct {
		name     string
		docs     []string
		together [][2]string
	}{
		{"two regions' workshops", []string{"workshopTabuk", "workshopRiyadh"}, nil},
		{"one workshop told by two outlets", []string{"workshopTabuk", "workshopTabuk2"}, [][2]string{{"workshopTabuk", "workshopTabuk2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTogether(t, regionalArticles, tt.docs, tt.together)
		})
	}
}
