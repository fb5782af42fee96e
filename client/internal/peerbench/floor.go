package peerbench

// Floor, member by member, is generated into floor_gen.go by internal/gen
// from the model rows; these are the per-kind helpers it is made of.

func runes(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x21 {
			n++
		}
	}
	return n
}

func runesP(p *string) int {
	if p == nil {
		return 0
	}
	return runes(*p)
}

func runesL(l []string) int {
	n := 0
	for _, s := range l {
		n += runes(s)
	}
	return n
}

func ints(p *int32, limit int32) int {
	if p != nil && *p > limit {
		return 1
	}
	return 0
}

func flag(p *bool) int {
	if p != nil && *p {
		return 1
	}
	return 0
}

// FloorBytes is the least work any decoder can do: one comparison per input
// byte, with no tokenizing, no unescaping and no allocation. It is the floor
// for the bytes-to-verdict comparisons (appclient's DecodeCheck, the peers'
// decode-and-validate, encoding/json's Unmarshal). The loop is written out so
// that it stays one byte at a time, as a decoder's scanner is; bytes.Count
// would use SIMD and measure something no decoder here does.
func FloorBytes(data []byte) int {
	n := 0
	for _, b := range data {
		if b == '"' {
			n++
		}
	}
	return n
}

// classes is the byte-class table FloorPattern looks up once per byte: bit 0
// marks a byte that starts a character (not a UTF-8 continuation byte), bit
// 1 a byte outside the class (a control character or a space, as runes
// counts). A pattern check with a table per pattern does at least this.
var classes = func() (t [256]uint8) {
	for b := range t {
		if b&0xC0 != 0x80 {
			t[b] |= 1
		}
		if b < 0x21 {
			t[b] |= 2
		}
	}
	return t
}()

// class counts the bytes of s outside the class, plus one when s has more
// than limit characters, with one table lookup per byte.
func class(s string, limit int) int {
	chars, out := 0, 0
	for i := 0; i < len(s); i++ {
		c := classes[s[i]]
		chars += int(c & 1)
		out += int(c >> 1)
	}
	if chars > limit {
		out++
	}
	return out
}

func classP(p *string, limit int) int {
	if p == nil {
		return 0
	}
	return class(*p, limit)
}

func classL(l []string, limit int) int {
	n := 0
	for _, s := range l {
		n += class(s, limit)
	}
	return n
}
