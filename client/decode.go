package client

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/cognitokit/appclient/internal/jsonlex"
	"github.com/cognitokit/appclient/internal/nearest"
	"github.com/cognitokit/appclient/internal/pathname"
	"github.com/cognitokit/appclient/internal/spec"
)

// Op names the kind of input: which operation's shape a document holds.
type Op uint8

// The kinds of input.
const (
	// Auto picks Describe for a document with a top-level UserPoolClient
	// member or with both CreationDate and LastModifiedDate (describe output
	// saved without its wrapper), Update when ClientId is present, and
	// Create otherwise.
	Auto Op = iota
	Create
	Update
	Describe
)

var opNames = [...]string{"auto", "create", "update", "describe"}

// String returns "auto", "create", "update" or "describe".
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "unknown"
}

// ParseOp parses the name of an Op.
func ParseOp(s string) (Op, bool) {
	for i, n := range opNames {
		if n == s {
			return Op(i), true
		}
	}
	return Auto, false
}

// Detect picks the Op of a document as Auto describes. It reads only the
// top-level member names; a document that does not parse is Create.
func Detect(data []byte) Op {
	op, _ := detect(data)
	return op
}

// Wrapped reports whether data is DescribeUserPoolClient output with its
// {"UserPoolClient": …} wrapper, rather than a bare UserPoolClientType
// object (as "--query UserPoolClient" saves it).
func Wrapped(data []byte) bool {
	_, wrapped := detect(data)
	return wrapped
}

// detect picks the Op of a document: Describe for a top-level
// UserPoolClient (wrapped), or for a bare object with both CreationDate and
// LastModifiedDate, which AWS's output always has and no request has (a
// request with one stray date stays a request, and gets model.operation);
// Update when ClientId is present; and Create otherwise.
func detect(data []byte) (op Op, wrapped bool) {
	var l jsonlex.Lexer
	l.Reset(data)
	if !l.Begin('{') {
		return Create, false
	}
	op = Create
	created, modified := false, false
	for first := true; l.More('}', first); first = false {
		name, _, ok := l.Name()
		if !ok {
			break
		}
		switch string(name) {
		case "UserPoolClient":
			return Describe, true
		case "ClientId":
			op = Update
		case "CreationDate":
			created = true
		case "LastModifiedDate":
			modified = true
		}
		if !l.Skip() {
			break
		}
	}
	if created && modified {
		return Describe, false
	}
	return op, false
}

// detected reports whether name is one of the top-level member names that
// make detect answer something other than Create (or may: CreationDate
// alone does not). Each is an unknown member of CreateUserPoolClientRequest.
func detected(name []byte) bool {
	switch string(name) {
	case "UserPoolClient", "ClientId", "CreationDate", "LastModifiedDate":
		return true
	}
	return false
}

// DecodeCreate decodes a CreateUserPoolClient request: the JSON that
// "aws cognito-idp create-user-pool-client --cli-input-json" takes.
//
// Decoding is strict, as AWS is: member names are case-sensitive, and unknown
// or duplicate members, wrong JSON types, invalid UTF-8 and malformed JSON are
// violations at the member's path. null stands for an absent member. What
// decoded is returned even when there are violations.
func DecodeCreate(data []byte) (CreateRequest, Violations) { return decodeCreate(data, nil) }

func decodeCreate(data []byte, rec *record) (CreateRequest, Violations) {
	var r CreateRequest
	d := decoder{data: data}
	rec.open(&d)
	defer rec.close(&d)
	d.lex.Reset(data)
	d.root(spec.CreateUserPoolClientRequest, func(m spec.Member) { d.readCreateRequest(&r, m) })
	return r, d.out
}

// DecodeUpdate decodes an UpdateUserPoolClient request, as DecodeCreate does.
func DecodeUpdate(data []byte) (UpdateRequest, Violations) { return decodeUpdate(data, nil) }

func decodeUpdate(data []byte, rec *record) (UpdateRequest, Violations) {
	var r UpdateRequest
	d := decoder{data: data}
	rec.open(&d)
	defer rec.close(&d)
	d.lex.Reset(data)
	d.root(spec.UpdateUserPoolClientRequest, func(m spec.Member) { d.readUpdateRequest(&r, m) })
	return r, d.out
}

// DecodeUserPoolClient decodes DescribeUserPoolClient output,
// {"UserPoolClient": {...}}, or a bare UserPoolClientType object. Dates are
// epoch seconds (fractions allowed) or ISO-8601 date-times.
func DecodeUserPoolClient(data []byte) (UserPoolClient, Violations) {
	return decodeUserPoolClient(data, Wrapped(data), nil)
}

// decodeUserPoolClient decodes a DescribeUserPoolClient document (wrapped)
// or a bare UserPoolClientType object.
func decodeUserPoolClient(data []byte, wrapped bool, rec *record) (UserPoolClient, Violations) {
	var r UserPoolClient
	d := decoder{data: data, nullIsAbsent: true} // AWS output: null is absent
	rec.open(&d)
	defer rec.close(&d)
	d.lex.Reset(data)
	decode := func(m spec.Member) { d.readUserPoolClient(&r, m) }
	if wrapped {
		d.root(describeResponse, func(m spec.Member) {
			if m.Name == "ResponseMetadata" {
				d.lex.Skip() // boto3's request metadata, not AWS's data: ignored
				return
			}
			r = UserPoolClient{} // a repeated wrapper replaces the first whole
			d.object("UserPoolClient", spec.UserPoolClientType, decode)
		})
	} else {
		d.root(spec.UserPoolClientType, decode)
	}
	return r, d.out
}

// describeResponse is the DescribeUserPoolClient output wrapper, as the
// AWS CLI prints it; boto3 adds ResponseMetadata, which is read and ignored.
var describeResponse = &spec.Shape{Name: "DescribeUserPoolClientResponse", Kind: spec.Structure,
	Members: []spec.Member{
		{Name: "UserPoolClient", Shape: spec.UserPoolClientType},
		{Name: "ResponseMetadata", Shape: &spec.Shape{Name: "ResponseMetadata", Kind: spec.Structure}},
	}}

// decoder reads one document into a shape and gathers decoding violations.
type decoder struct {
	lex  jsonlex.Lexer
	data []byte
	out  Violations
	obj  string // the path of the object being decoded: "", "UserPoolClient", or "TokenValidityUnits"
	// For syntax errors: the member being read is curMember of the object
	// at path cur, or, when curMember is "", the value at cur. The path is
	// joined only when it is wanted.
	cur, curMember string
	limit          limiter
	// nullIsAbsent is set for AWS's output, where null means absent. In a
	// request, null is a type error: the AWS CLI refuses it.
	nullIsAbsent bool

	// What DecodeCheck has a decoder record (see record.open); the exported
	// decoders record nothing. With recording, failed lists the values that
	// failed to decode; with pos, where each member and list item starts.
	recording bool
	failed    []failure
	pos       *positions
	at        int   // with pos: the offset of the member name or list item being read
	node      int32 // with pos: the node of the member being read
	// sniffing is set for DecodeCheck's first pass with Auto, which
	// decodes as Create: it stops at the first root member named for
	// another op (see detected), and sets stopped.
	sniffing, stopped bool

	// With recording, strings are made without an allocation each (see
	// decoder.string): what decodes never leaves DecodeCheck, which returns
	// only violations.
	text []byte   // a private copy of data, made at the first string: unescaped strings are views of it
	strs []string // the slab that string members and list items are kept in
}

func (d *decoder) add(path string, id RuleID, msg string) {
	d.out = append(d.out, Violation{Path: path, Rule: id, Severity: severity(id), Message: msg})
	if d.pos != nil {
		d.pos.at = append(d.pos.at, d.at)
	}
}

// fail records, when recording, that the value at path did not decode:
// Check's findings at it, and inside the object of that shape (or the list)
// it is, are left out.
func (d *decoder) fail(path string, shape *spec.Shape) {
	if d.recording {
		d.failed = append(d.failed, failure{path: path, shape: shape})
	}
}

func (d *decoder) path(name string) string {
	return memberPath(d.obj, name)
}

// root decodes the top-level object and reports a syntax error, if any.
func (d *decoder) root(shape *spec.Shape, member func(spec.Member)) {
	if d.pos != nil {
		d.pos.register(0, "", shape)
	}
	switch d.lex.Peek() {
	case jsonlex.Object:
		d.object("", shape, member)
		d.lex.Finish()
	case jsonlex.End:
		d.add("", RuleJSONSyntax, "the input is empty: expected a JSON object")
		return
	case jsonlex.Invalid:
	default:
		d.add("", RuleJSONType, "the document must be a JSON object ("+shape.Name+"), not "+d.lex.Peek().String())
		d.lex.Skip()
		d.lex.Finish()
	}
	d.out = d.limit.summarize(d.out)
	if d.pos != nil {
		for len(d.pos.at) < len(d.out) {
			d.pos.at = append(d.pos.at, -1) // a count line: found by its path
		}
	}
	if err := d.lex.Err(); err != nil {
		d.at = min(max(err.Offset, 0), len(d.data))
		where := jsonlex.Position(d.data, d.at)
		path := d.cur
		if d.curMember != "" {
			path = memberPath(d.cur, d.curMember)
		}
		d.add(path, RuleJSONSyntax, "malformed JSON at line "+strconv.Itoa(where.Line)+", column "+strconv.Itoa(where.Column)+": "+err.Msg)
	}
}

// object decodes the members of an object of the given shape; path is the
// object's own path ("" for the root). member reads the value of a known,
// first-seen member. It reports whether the value was an object: false for
// null (absent) and for a value of another type (reported).
func (d *decoder) object(path string, shape *spec.Shape, member func(spec.Member)) bool {
	if n := len(d.failed); !d.expect(path, jsonlex.Object) {
		if len(d.failed) > n {
			d.failed[n].shape = shape // a wrong type: what a repeat puts inside is not checked either
		}
		return false
	}
	outer := d.obj
	d.obj = path
	d.lex.Begin('{')
	pos := d.pos // nil unless positions are recorded
	self := d.node
	if pos != nil {
		pos.reset(self, shape) // a repeated object replaces the first whole
	}
	// A syntax error between members belongs to the object; one inside a
	// member's value, to that member.
	d.cur, d.curMember = path, ""
	var seen uint64
	held := false // some unknown member was not reported
	for first := true; d.lex.More('}', first); first = false {
		if pos != nil {
			d.at = d.lex.Offset()
		}
		raw, flags, ok := d.lex.Name()
		if !ok {
			break
		}
		i := memberIndex(shape, raw)
		if pos != nil && i >= 0 {
			d.node = pos.member(self, shape, i, d.at)
		}
		if i < 0 {
			if d.sniffing && path == "" && detected(raw) {
				d.stopped = true
				break
			}
			if d.limit.allow(path, 0, RuleJSONUnknownMember) {
				d.cur = d.unknown(shape, raw, flags)
			} else if !held && path != "" {
				// The count line at path stands for the rest: like a value
				// that failed to decode, it leaves out Check's findings
				// inside the object.
				held = true
				d.fail(path, shape)
			}
			d.lex.Skip()
		} else if m := shape.Members[i]; seen&(1<<i) != 0 {
			// The AWS CLI keeps the last of duplicate members: read it
			// again, replacing the earlier value, so that the value
			// checked is the value AWS receives.
			d.cur, d.curMember = d.path(m.Name), ""
			if d.limit.allow(path, 0, RuleJSONDuplicateMember) {
				d.add(d.cur, RuleJSONDuplicateMember, "appears more than once in the object: the AWS CLI keeps the last value, which is the one checked; keep only one")
			}
			member(m)
		} else {
			d.curMember = m.Name // d.cur is path
			seen |= 1 << i
			member(m)
		}
		if d.lex.Err() != nil {
			break
		}
		d.cur, d.curMember = path, ""
	}
	d.obj = outer
	d.node = self
	return true
}

func memberIndex(shape *spec.Shape, name []byte) int {
	for i, m := range shape.Members {
		if m.Name == string(name) {
			return i
		}
	}
	return -1
}

// cliRefusesNull is what a type error at a null in a request adds: why it is
// an error, when AWS's own protocol would take it for absent.
const cliRefusesNull = ": the AWS CLI refuses null before sending anything (\"Invalid type for parameter\"), " +
	"although AWS's JSON protocol itself would read it as absent"

// expect reports whether the next value has kind k. null is absent: it is
// consumed and expect returns false. Any other kind is a type violation; the
// value is skipped.
func (d *decoder) expect(path string, k jsonlex.Kind) bool {
	return d.expectDesc(path, k, k.String())
}

// expectDesc is expect with the wanted type described in words.
func (d *decoder) expectDesc(path string, k jsonlex.Kind, want string) bool {
	got := d.lex.Peek()
	switch got {
	case k:
		return true
	case jsonlex.Null:
		if d.lex.Null() && !d.nullIsAbsent {
			d.add(path, RuleJSONType, "must be "+want+", not null"+cliRefusesNull+"; leave the member out")
			d.fail(path, nil)
		}
	case jsonlex.Invalid, jsonlex.End:
		d.lex.Skip()
	default:
		// A malformed value (tru, [1,) is a syntax error, not a wrong type.
		if d.lex.Skip() {
			d.add(path, RuleJSONType, "must be "+want+", not "+got.String())
			d.fail(path, nil)
		}
	}
	return false
}

// unknown reports a member that shape does not have, and returns its path.
func (d *decoder) unknown(shape *spec.Shape, raw []byte, flags jsonlex.StringFlags) string {
	name := string(raw)
	path := d.path(pathname.Member(name, flags != 0))
	if d.obj == "" || d.obj == "UserPoolClient" {
		if other := otherOperation(shape, name); other != "" {
			d.add(path, RuleModelOperation, other)
			return path
		}
	}
	msg := "is not a member of " + shape.Name
	s := suggest(shape, name)
	if s == "" && d.nullIsAbsent && shape != describeResponse {
		// AWS's output: a member AWS added after the model we know.
		d.add(path, RuleJSONNewerMember, msg+" in the AWS model this version of appclient knows: AWS has added it since, "+
			"and its value is not checked; upgrade appclient")
		return path
	}
	if s != "" {
		msg += ": did you mean " + strconv.Quote(s) + "? (member names are case-sensitive)"
	}
	d.add(path, RuleJSONUnknownMember, msg)
	return path
}

// otherOperation explains a member that belongs to another of the three roots.
func otherOperation(shape *spec.Shape, name string) string {
	switch shape {
	case spec.CreateUserPoolClientRequest, spec.UpdateUserPoolClientRequest, spec.UserPoolClientType:
	default:
		return ""
	}
	if outputOnly(name) {
		return "is not a member of " + shape.Name + ": AWS sets it, and it appears only in UserPoolClientType (DescribeUserPoolClient output)"
	}
	switch name {
	case "GenerateSecret":
		return "is not a member of " + shape.Name + ": it exists only on CreateUserPoolClient; " +
			"add or remove the secrets of an existing client with AddUserPoolClientSecret and DeleteUserPoolClientSecret"
	case "ClientSecret":
		return "is not a member of " + shape.Name + ": a custom secret can be set only on CreateUserPoolClient; " +
			"add one to an existing client with AddUserPoolClientSecret"
	case "ClientId":
		return "is not a member of " + shape.Name + ": AWS assigns the ClientId of a new client; send it only to UpdateUserPoolClient"
	}
	return ""
}

// outputOnly reports whether name is a member of UserPoolClientType that no
// request has: one that AWS sets, such as CreationDate or ClientType.
func outputOnly(name string) bool {
	_, out := spec.UserPoolClientType.Lookup(name)
	_, create := spec.CreateUserPoolClientRequest.Lookup(name)
	_, update := spec.UpdateUserPoolClientRequest.Lookup(name)
	return out && !create && !update
}

// suggest finds the member a misspelt name most likely meant (see
// nearest.Name).
func suggest(shape *spec.Shape, name string) string {
	return nearest.Name(name, func(yield func(string) bool) {
		for _, m := range shape.Members {
			if !yield(m.Name) {
				return
			}
		}
	})
}

// str reads the string member name of the object being decoded. Its path
// (a new string inside a nested object) is made only for a violation, as
// in boolean and int32.
func (d *decoder) str(name string) *string {
	if d.lex.Peek() != jsonlex.String {
		d.expect(d.path(name), jsonlex.String)
		return nil
	}
	b, flags, ok := d.lex.String()
	if !ok {
		return nil
	}
	if flags != 0 {
		d.stringFlags(d.path(name), flags)
	}
	return d.keep(d.string(b))
}

// string returns the string a value read by the lexer holds. With
// recording, it copies nothing: an unescaped string is a view of d.text,
// the private copy of the whole input made once, at the first string, and
// an escaped one a view of the buffer the lexer unescaped it into, which
// the lexer made for it alone. Neither is ever written again, so the
// strings are as immutable as string(b) would be, and they do not depend
// on the caller's data staying unchanged. (Every string of a document then
// keeps d.text alive; the exported decoders, whose values the caller
// keeps, copy each string instead.)
func (d *decoder) string(b []byte) string {
	if !d.recording || len(b) == 0 {
		return string(b)
	}
	if off, ok := d.offsetOf(b); ok {
		if d.text == nil {
			d.text = append([]byte(nil), d.data...)
		}
		return unsafe.String(&d.text[off], len(b))
	}
	return unsafe.String(&b[0], len(b))
}

// offsetOf reports where b, which is not empty, starts in d.data, and
// whether b is a view of d.data at all: an escaped string is not.
func (d *decoder) offsetOf(b []byte) (int, bool) {
	if len(b) > len(d.data) {
		return 0, false
	}
	// Two distinct live objects never overlap, so b starts inside d.data
	// exactly when b is a view of it.
	off := uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(unsafe.Pointer(unsafe.SliceData(d.data)))
	if off > uintptr(len(d.data)-len(b)) {
		return 0, false
	}
	return int(off), true
}

// keep returns a pointer to a string holding s: with recording, a place in
// the slab d.strs rather than an allocation of its own.
func (d *decoder) keep(s string) *string {
	if !d.recording {
		p := new(string)
		*p = s
		return p
	}
	if d.strs == nil {
		d.strs = make([]string, 0, slabSize(d.data))
	}
	// When the slab grows, the pointers and lists taken from the old one
	// keep it alive, unchanged.
	d.strs = append(d.strs, s)
	return &d.strs[len(d.strs)-1]
}

// slabSize is the number of strings to make room for in the slab at first:
// at most the strings data holds (member names among them), within bounds.
func slabSize(data []byte) int {
	return min(max(bytes.Count(data, quoteMark)/2, 8), 4096)
}

var quoteMark = []byte{'"'}

// items returns where the items of a list are appended: the free end of the
// slab with recording, and otherwise a new empty list.
func (d *decoder) items() []string {
	if !d.recording {
		return []string{}
	}
	if d.strs == nil {
		d.strs = make([]string, 0, slabSize(d.data))
	}
	n := len(d.strs)
	return d.strs[n:n] // not nil, even when the slab is full
}

// endList returns out, a list begun with d.items, as a list of its own: with
// recording, its items join the slab, and the list's capacity ends at its
// length, so that nothing appended to it writes into the slab.
func (d *decoder) endList(out []string) []string {
	if !d.recording {
		return out
	}
	n := len(d.strs)
	if len(out) > 0 && cap(d.strs) > n && &out[0] == &d.strs[:n+1][n] {
		d.strs = d.strs[:n+len(out)] // the items are where the slab was free
	} else if cap(out) > len(out) {
		d.strs = out // the list outgrew the slab: the rest of its array is the slab now
	}
	return out[:len(out):len(out)]
}

func (d *decoder) stringFlags(path string, flags jsonlex.StringFlags) {
	switch {
	case flags&jsonlex.BadUTF8 != 0:
		d.add(path, RuleJSONUTF8, "must be valid UTF-8")
		d.fail(path, nil)
	case flags&jsonlex.LoneSurrogate != 0:
		d.add(path, RuleJSONUTF8, "must not contain a lone UTF-16 surrogate escape (\\uD800 to \\uDFFF without its pair)")
		d.fail(path, nil)
	}
}

func (d *decoder) boolean(name string) *bool {
	if d.lex.Peek() != jsonlex.Bool {
		d.expect(d.path(name), jsonlex.Bool)
		return nil
	}
	v, ok := d.lex.Bool()
	if !ok {
		return nil
	}
	return &v
}

func (d *decoder) int32(name string) *int32 {
	if d.lex.Peek() != jsonlex.Number {
		d.expectDesc(d.path(name), jsonlex.Number, "an integer")
		return nil
	}
	text, ok := d.lex.Number()
	if !ok {
		return nil
	}
	v, msg := parseInt32(text)
	if msg != "" {
		path := d.path(name)
		d.add(path, RuleJSONType, msg)
		d.fail(path, nil)
		return nil
	}
	return &v
}

// parseInt32 parses a JSON number that must be a 32-bit integer.
func parseInt32(text []byte) (int32, string) {
	neg := len(text) > 0 && text[0] == '-'
	digits := text
	if neg {
		digits = text[1:]
	}
	var n int64
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, "must be an integer without a fraction or exponent (got " + clip(string(text)) + ")"
		}
		if n <= math.MaxInt32+1 {
			n = n*10 + int64(c-'0')
		}
	}
	if neg {
		n = -n
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return 0, "must be a 32-bit integer (got " + clip(string(text)) + ")"
	}
	return int32(n), ""
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// timestamp reads epoch seconds or an ISO-8601 (RFC 3339) date-time.
func (d *decoder) timestamp(name string) *time.Time {
	path := d.path(name)
	switch d.lex.Peek() {
	case jsonlex.Number:
		text, ok := d.lex.Number()
		if !ok {
			return nil
		}
		t, ok := parseEpoch(text)
		if !ok {
			d.add(path, RuleJSONType, "must be a timestamp in epoch seconds between the years 1 and 9999, with at most nine fraction digits (got "+clip(string(text))+")")
			d.fail(path, nil)
			return nil
		}
		return &t
	case jsonlex.String:
		b, flags, ok := d.lex.String()
		if !ok {
			return nil
		}
		d.stringFlags(path, flags)
		t, err := time.Parse(time.RFC3339Nano, string(b))
		if err == nil && (t.Unix() < minEpoch || t.Unix() > maxEpoch) {
			// Years 0 and 10000 (in UTC) parse, but cannot be written back
			// as the epoch seconds every other date decodes from.
			err = errDateRange
		}
		if err != nil {
			d.add(path, RuleJSONType, "must be a timestamp: epoch seconds or an ISO-8601 date-time such as 2026-01-02T15:04:05Z (got "+quote(string(b))+")")
			d.fail(path, nil)
			return nil
		}
		return &t
	}
	d.expectDesc(path, jsonlex.Number, "a timestamp (epoch seconds or an ISO-8601 string)")
	return nil
}

// The dates a timestamp may hold: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
const (
	minEpoch = -62135596800
	maxEpoch = 253402300799
)

var errDateRange = errors.New("date out of range")

// parseEpoch parses epoch seconds with an optional fraction, exactly.
func parseEpoch(text []byte) (time.Time, bool) {
	s := string(text)
	if strings.ContainsAny(s, "eE") {
		return time.Time{}, false
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 9 {
		return time.Time{}, false
	}
	sec, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || sec < minEpoch || sec > maxEpoch {
		return time.Time{}, false
	}
	var nsec int64
	if frac != "" {
		n, _ := strconv.ParseInt((frac + "000000000")[:9], 10, 64)
		nsec = n
		if strings.HasPrefix(whole, "-") {
			nsec = -nsec
		}
	}
	return time.Unix(sec, nsec).UTC(), true
}

// list reads a list of strings. An item of the wrong type is reported and
// kept as "" so that later items keep their index.
func (d *decoder) list(name string) []string {
	path := d.path(name)
	if !d.expect(path, jsonlex.Array) {
		return nil
	}
	d.lex.Begin('[')
	pos := d.pos // nil unless positions are recorded
	if pos != nil {
		pos.list(d.node) // a repeated list replaces the first whole
	}
	out := d.items()
	held := false // some failed item was not reported
	for i, first := 0, true; d.lex.More(']', first); i, first = i+1, false {
		if pos != nil {
			d.at = d.lex.Offset()
			pos.item(d.node, d.at)
		}
		switch k := d.lex.Peek(); k {
		case jsonlex.String:
			b, flags, ok := d.lex.String()
			if !ok {
				return d.endList(out)
			}
			if flags != 0 {
				if d.limit.allow(path, i, RuleJSONUTF8) {
					d.stringFlags(itemPath(path, i), flags)
				} else {
					held = true
				}
			}
			out = append(out, d.string(b))
		case jsonlex.Invalid, jsonlex.End:
			d.lex.Skip()
			return d.endList(out)
		default:
			if d.lex.Skip() {
				if d.limit.allow(path, i, RuleJSONType) {
					msg := "must be a string, not " + k.String()
					if k == jsonlex.Null && !d.nullIsAbsent {
						msg += cliRefusesNull
					}
					d.add(itemPath(path, i), RuleJSONType, msg)
					d.fail(itemPath(path, i), nil)
				} else {
					held = true
				}
			}
			out = append(out, "")
		}
	}
	if d.recording {
		d.listRead(path, len(out), held)
	}
	return d.endList(out)
}
