package store

// The claims table's data column: one claim with its facts and scoring
// features in a compact binary form (version byte, then every field in
// declaration order; strings and slices length-prefixed with uvarints,
// slices with length+1 so that nil and empty stay apart). encoding/json
// took 44 µs a claim to read back, a third of an incremental run on
// SaudiNewsNet; this takes a few. codec_test.go round-trips the bundled
// corpus's claims and fails when claim.Claim gains a field this does not
// write.

import (
	"encoding/binary"
	"errors"
	"math"
	"unsafe"

	"github.com/claimdiff/claimdiff/align"
	"github.com/claimdiff/claimdiff/claim"
)

const codecVersion = 1

var errCodec = errors.New("stored claim: malformed data")

type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *enc) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) f64(v float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v)) }
func (e *enc) bool(v bool)   { e.b = append(e.b, boolByte(v)) }
func (e *enc) n(isNil bool, n int) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}
func (e *enc) strs(s []string) {
	e.n(s == nil, len(s))
	for _, x := range s {
		e.str(x)
	}
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// encodeStored writes st in the codec.
func encodeStored(st *stored) []byte {
	e := &enc{b: make([]byte, 0, storedSize(st))}
	e.b = append(e.b, codecVersion)
	c := &st.Claim
	e.str(c.ID)
	e.str(c.Doc)
	e.int(c.Start)
	e.int(c.End)
	e.str(c.Text)
	e.str(c.Kind)
	e.int(c.Para)
	e.int(c.Section)
	e.str(c.EventDate)
	e.str(c.Speaker)
	e.str(c.SpeakerText)
	e.bool(c.SecondHand)
	e.bool(c.Anonymous)
	e.strs(c.Cited)
	e.n(c.Dates == nil, len(c.Dates))
	for _, d := range c.Dates {
		e.int(d.Start)
		e.int(d.End)
		e.str(d.Text)
		e.str(d.Value)
		e.str(d.Role)
		e.str(d.Kind)
		e.f64(d.Amount)
		e.str(d.Unit)
	}
	e.n(c.Numbers == nil, len(c.Numbers))
	for _, x := range c.Numbers {
		e.int(x.Start)
		e.int(x.End)
		e.str(x.Text)
		e.f64(x.Value)
		e.str(x.Approx)
		e.str(x.Unit)
	}
	e.n(c.Entities == nil, len(c.Entities))
	for _, x := range c.Entities {
		e.int(x.Start)
		e.int(x.End)
		e.str(x.Text)
		e.str(x.ID)
		e.str(x.Kind)
		e.str(x.Role)
		e.str(x.Name)
		e.str(x.RoleKey)
	}
	e.n(c.Quotes == nil, len(c.Quotes))
	for _, x := range c.Quotes {
		e.int(x.Start)
		e.int(x.End)
		e.str(x.Speaker)
	}
	e.bool(c.Hedged)
	e.bool(c.Negated)
	e.features(&st.Features)
	return e.b
}

// dec reads the codec from a string (the data, not copied: aliasString):
// every string read is a slice of it, so that decoding a claim allocates
// its slices but none of its strings.
type dec struct {
	s   string
	err bool
}

func (d *dec) uint() uint64 {
	var v uint64
	for i := 0; i < len(d.s) && i < binary.MaxVarintLen64; i++ {
		b := d.s[i]
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				break
			}
			d.s = d.s[i+1:]
			return v | uint64(b)<<(7*i)
		}
		v |= uint64(b&0x7f) << (7 * i)
	}
	d.err = true
	d.s = ""
	return 0
}

func (d *dec) int() int {
	u := d.uint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (d *dec) str() string {
	n := d.uint()
	if d.err || uint64(len(d.s)) < n {
		d.err = true
		return ""
	}
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}

func (d *dec) f64() float64 {
	if len(d.s) < 8 {
		d.err = true
		return 0
	}
	v := math.Float64frombits(leUint64(d.s))
	d.s = d.s[8:]
	return v
}

func (d *dec) u32() uint32 {
	if len(d.s) < 4 {
		d.err = true
		return 0
	}
	v := uint32(d.s[0]) | uint32(d.s[1])<<8 | uint32(d.s[2])<<16 | uint32(d.s[3])<<24
	d.s = d.s[4:]
	return v
}

func leUint64(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func (d *dec) bool() bool {
	if len(d.s) < 1 {
		d.err = true
		return false
	}
	v := d.s[0] == 1
	d.s = d.s[1:]
	return v
}

// n reads a slice length: -1 for nil.
func (d *dec) n() int {
	v := d.uint()
	if d.err || v > uint64(len(d.s))+1 {
		d.err = true
		return -1
	}
	return int(v) - 1
}

func (d *dec) strs() []string { return d.strsInto(nil) }

// strsInto is strs with the slice taken from buf (see grow).
func (d *dec) strsInto(buf *[]string) []string {
	n := d.n()
	if n < 0 {
		return nil
	}
	out := grow(buf, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// aliasString is b as a string without a copy: the caller gives b up
// (database/sql hands each row's blob over as a fresh copy), so that the
// strings decoded from it are slices of it.
func aliasString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// decodeStored reads what encodeStored wrote. Its strings alias data,
// which must not be modified afterwards.
func decodeStored(data []byte) (*stored, error) {
	if len(data) == 0 || data[0] != codecVersion {
		return nil, errCodec
	}
	d := &dec{s: aliasString(data[1:])}
	st := &stored{}
	c := &st.Claim
	c.ID = d.str()
	c.Doc = d.str()
	c.Start = d.int()
	c.End = d.int()
	c.Text = d.str()
	c.Kind = d.str()
	c.Para = d.int()
	c.Section = d.int()
	c.EventDate = d.str()
	c.Speaker = d.str()
	c.SpeakerText = d.str()
	c.SecondHand = d.bool()
	c.Anonymous = d.bool()
	c.Cited = d.strs()
	if n := d.n(); n >= 0 {
		c.Dates = make([]claim.Date, n)
		for i := range c.Dates {
			x := &c.Dates[i]
			x.Start, x.End, x.Text, x.Value, x.Role, x.Kind = d.int(), d.int(), d.str(), d.str(), d.str(), d.str()
			x.Amount, x.Unit = d.f64(), d.str()
		}
	}
	if n := d.n(); n >= 0 {
		c.Numbers = make([]claim.Number, n)
		for i := range c.Numbers {
			x := &c.Numbers[i]
			x.Start, x.End, x.Text, x.Value, x.Approx, x.Unit = d.int(), d.int(), d.str(), d.f64(), d.str(), d.str()
		}
	}
	if n := d.n(); n >= 0 {
		c.Entities = make([]claim.EntityRef, n)
		for i := range c.Entities {
			x := &c.Entities[i]
			x.Start, x.End, x.Text, x.ID, x.Kind, x.Role, x.Name, x.RoleKey = d.int(), d.int(), d.str(), d.str(), d.str(), d.str(), d.str(), d.str()
		}
	}
	if n := d.n(); n >= 0 {
		c.Quotes = make([]claim.Quote, n)
		for i := range c.Quotes {
			x := &c.Quotes[i]
			x.Start, x.End, x.Speaker = d.int(), d.int(), d.str()
		}
	}
	c.Hedged = d.bool()
	c.Negated = d.bool()
	d.features(&st.Features)
	if d.err || len(d.s) != 0 {
		return nil, errCodec
	}
	return st, nil
}

// features appends a claim's scoring features (stems, surfaces, trigrams),
// as both the claims' codec and the packs store them.
// storedSize is at least how many bytes encodeStored writes for st, so
// that its buffer is made once (growing it, a copy each time, was a
// fifth of encoding a first load's claims): every string at its length
// and a uvarint of up to 5 bytes for it, every number at the most a
// varint of it takes.
func storedSize(st *stored) int {
	c := &st.Claim
	n := 64 + len(c.ID) + len(c.Doc) + len(c.Text) + len(c.Kind) + len(c.EventDate) + len(c.Speaker) + len(c.SpeakerText)
	n += stringsSize(c.Cited)
	for _, d := range c.Dates {
		n += 2*binary.MaxVarintLen64 + 8 + 25 + len(d.Text) + len(d.Value) + len(d.Role) + len(d.Kind) + len(d.Unit)
	}
	for _, x := range c.Numbers {
		n += 2*binary.MaxVarintLen64 + 8 + 15 + len(x.Text) + len(x.Approx) + len(x.Unit)
	}
	for _, x := range c.Entities {
		n += 2*binary.MaxVarintLen64 + 30 + len(x.Text) + len(x.ID) + len(x.Kind) + len(x.Role) + len(x.Name) + len(x.RoleKey)
	}
	n += len(c.Quotes) * (2*binary.MaxVarintLen64 + 5)
	for _, q := range c.Quotes {
		n += len(q.Speaker)
	}
	return n + featuresSize(&st.Features)
}

// featuresSize is at least how many bytes enc.features writes for f.
func featuresSize(f *align.Features) int {
	return 15 + stringsSize(f.Stems) + stringsSize(f.Surfaces) + 4*len(f.Trigrams)
}

// stringsSize is at least how many bytes enc.strs writes for s but for
// its count.
func stringsSize(s []string) int {
	n := 5 * len(s)
	for _, x := range s {
		n += len(x)
	}
	return n
}

func (e *enc) features(f *align.Features) {
	e.strs(f.Stems)
	e.strs(f.Surfaces)
	e.n(f.Trigrams == nil, len(f.Trigrams))
	for _, t := range f.Trigrams {
		e.b = binary.LittleEndian.AppendUint32(e.b, t)
	}
}

// features reads what enc.features wrote; a trigram count longer than the
// data left sets d.err.
func (d *dec) features(f *align.Features) { d.featuresInto(f, nil, nil, nil) }

// featuresInto is features with the slices taken from the buffers given
// (see grow).
func (d *dec) featuresInto(f *align.Features, stems, surfaces *[]string, trigrams *[]uint32) {
	f.Stems = d.strsInto(stems)
	f.Surfaces = d.strsInto(surfaces)
	f.Trigrams = nil
	if n := d.n(); n >= 0 {
		if len(d.s) < 4*n {
			d.err = true
			return
		}
		f.Trigrams = grow(trigrams, n)
		for i := range f.Trigrams {
			f.Trigrams[i] = d.u32()
		}
	}
}
