package client

import (
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/cognitokit/appclient/internal/pathname"
)

// MarshalJSON encodes the request with the AWS wire names, in model order,
// leaving out absent members.
func (r CreateRequest) MarshalJSON() ([]byte, error) {
	var e encoder
	e.writeCreateRequest(&r)
	return e.buf, nil
}

// MarshalJSON encodes the request with the AWS wire names, in model order.
func (r UpdateRequest) MarshalJSON() ([]byte, error) {
	var e encoder
	e.writeUpdateRequest(&r)
	return e.buf, nil
}

// MarshalJSON encodes the client as a bare UserPoolClientType object with
// the AWS wire names, in model order. Dates are epoch seconds.
func (r UserPoolClient) MarshalJSON() ([]byte, error) {
	var e encoder
	e.writeUserPoolClient(&r)
	return e.buf, nil
}

// UnmarshalJSON decodes strictly, as DecodeCreate does, and fails with the
// decoding errors, if any (a warning, such as a duplicate member, does not
// fail it; DecodeCreate returns those too). It does not apply Check.
func (r *CreateRequest) UnmarshalJSON(data []byte) error {
	v, vs := DecodeCreate(data)
	*r = v
	return vs.Err()
}

// UnmarshalJSON decodes strictly, as DecodeUpdate does.
func (r *UpdateRequest) UnmarshalJSON(data []byte) error {
	v, vs := DecodeUpdate(data)
	*r = v
	return vs.Err()
}

// UnmarshalJSON decodes strictly, as DecodeUserPoolClient does.
func (r *UserPoolClient) UnmarshalJSON(data []byte) error {
	v, vs := DecodeUserPoolClient(data)
	*r = v
	return vs.Err()
}

type encoder struct {
	buf   []byte
	first bool
}

func (e *encoder) begin() {
	e.buf = append(e.buf, '{')
	e.first = true
}

func (e *encoder) end() {
	e.buf = append(e.buf, '}')
	e.first = false
}

func (e *encoder) name(n string) {
	if !e.first {
		e.buf = append(e.buf, ',')
	}
	e.first = false
	e.buf = appendString(e.buf, n)
	e.buf = append(e.buf, ':')
}

func (e *encoder) str(name string, v *string) {
	if v != nil {
		e.name(name)
		e.buf = appendString(e.buf, *v)
	}
}

func (e *encoder) int(name string, v *int32) {
	if v != nil {
		e.name(name)
		e.buf = strconv.AppendInt(e.buf, int64(*v), 10)
	}
}

func (e *encoder) boolean(name string, v *bool) {
	if v != nil {
		e.name(name)
		e.buf = strconv.AppendBool(e.buf, *v)
	}
}

func (e *encoder) list(name string, v []string) {
	if v == nil {
		return
	}
	e.name(name)
	e.buf = append(e.buf, '[')
	for i, s := range v {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, s)
	}
	e.buf = append(e.buf, ']')
}

func (e *encoder) time(name string, v *time.Time) {
	if v != nil {
		e.name(name)
		e.buf = appendEpoch(e.buf, *v)
	}
}

// appendEpoch writes t as epoch seconds with the shortest exact fraction.
func appendEpoch(b []byte, t time.Time) []byte {
	sec, nsec := t.Unix(), int64(t.Nanosecond())
	if nsec == 0 {
		return strconv.AppendInt(b, sec, 10)
	}
	if sec < 0 {
		// t = sec + nsec/1e9 with sec negative: write -(|sec+1|).(1e9-nsec).
		b = append(b, '-')
		b = strconv.AppendInt(b, -(sec + 1), 10)
		nsec = 1e9 - nsec
	} else {
		b = strconv.AppendInt(b, sec, 10)
	}
	frac := strconv.AppendInt(nil, nsec+1e9, 10)[1:] // nine digits, zero-padded
	for len(frac) > 1 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	b = append(b, '.')
	return append(b, frac...)
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string. Invalid UTF-8 cannot be written in
// JSON; it becomes U+FFFD (Check reports such values). A character that is
// not printable (strconv.IsPrint: controls, DEL, line and paragraph
// separators, bidi and other format characters) is written as its \u escape:
// the same JSON value, but one that cannot break or reorder a line where the
// text is shown.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if !strconv.IsPrint(r) {
			// A line or paragraph separator, a C1 control, a bidi or
			// other format character: written as an escape, so that
			// the text shows it and no terminal or editor acts on it.
			b = append(b, s[start:i]...)
			b = pathname.AppendEscape(b, r)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
