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
