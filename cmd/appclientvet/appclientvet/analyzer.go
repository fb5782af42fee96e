// Package appclientvet is an analyzer, in the golang.org/x/tools/go/analysis
// framework, that checks the Amazon Cognito app client configurations a Go
// program writes as literals of the AWS SDK for Go v2's
// cognitoidentityprovider.CreateUserPoolClientInput and
// UpdateUserPoolClientInput, with the rules of package
// github.com/cognitokit/appclient/client, before the program runs.
//
// It evaluates what a literal's values are at compile time: constants
// (named ones and the SDK's enum constants included), aws.String,
// aws.Int32 and aws.Bool (and smithy-go's ptr helpers, and new) of a
// constant, slice literals of those, and the nested
// TokenValidityUnitsType, AnalyticsConfigurationType and
// RefreshTokenRotationType literals. Anything else (a variable, a function's
// result, another struct's field) is unknown, and no finding that an
// unknown value could change is reported: the literal is checked with
// partial knowledge (client.CheckCases). A string built with + (or
// fmt.Sprintf of a constant format with plain %s, %v and %d verbs) from
// constants and unknown values is known in part, as the core's Partly.
//
// The known values fill a real SDK value (through reflection, by field
// name: the SDK's field names are the members' wire names, a test holds
// it), which client/sdkv2's FromCreateInput or FromUpdateInput converts, so
// the rules see what the SDK would send: a plain member (GenerateSecret,
// RefreshTokenValidity, an enum) holding its zero value is absent, as the
// SDK leaves it out. A member the literal does not set is absent, unless
// the value may be completed elsewhere: see [Analyzer].
//
// Each finding is reported at the value it is about (the list element,
// where it is one), or at the literal's type for a missing member, with
// the rule's ID as the diagnostic's category and the rule's AWS page as its
// URL. A duplicate list element comes with a suggested fix that removes it.
package appclientvet

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	"golang.org/x/tools/go/analysis"

	"github.com/cognitokit/appclient/client"
	"github.com/cognitokit/appclient/client/sdkv2"
)

// Analyzer reports the violations of the app client rules in
// CreateUserPoolClientInput and UpdateUserPoolClientInput literals.
//
// Its flag -warnings=false leaves out the findings of severity warning (AWS
// accepts the configuration; the rule's Doc says why it warns).
//
// A literal stored in a local variable may be changed afterwards: a member
// that the function assigns (in.CallbackURLs = append(…), &in.ClientName)
// is unknown. When the value leaves the function other than by a
// CreateUserPoolClient or UpdateUserPoolClient call or a function of
// package client/sdkv2 (returned, stored elsewhere, passed to another
// function), the members the literal does not set are unknown too, as the
// code it goes to may set them; the members it sets are checked (and its
// lists for repeats, which no other member changes). A literal that the
// function overwrites whole (*in = …) is not checked.
var Analyzer = &analysis.Analyzer{
	Name: "appclient",
	Doc: "check Amazon Cognito app client configurations written as AWS SDK for Go v2 literals\n\n" +
		"appclient reports what AWS would reject (and, unless -warnings=false, what is risky) in " +
		"cognitoidentityprovider.CreateUserPoolClientInput and UpdateUserPoolClientInput literals, " +
		"from the values known at compile time.",
	URL: "https://pkg.go.dev/github.com/cognitokit/appclient/cmd/appclientvet/appclientvet",
	Run: run,
}

// warnings is the -warnings flag.
var warnings = true

func init() {
	Analyzer.Flags.BoolVar(&warnings, "warnings", true, "report warnings (AWS accepts the configuration, but it is risky) as well as errors")
}

const (
	sdkPath   = "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	awsPath   = "github.com/aws/aws-sdk-go-v2/aws"
	ptrPath   = "github.com/aws/smithy-go/ptr"
	sdkv2Path = "github.com/cognitokit/appclient/client/sdkv2"
)

// inputType returns "Create" or "Update" when t is the SDK's input type of
// that operation (or a pointer to it), and "" otherwise.
func inputType(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != sdkPath {
		return ""
	}
	switch n.Obj().Name() {
	case "CreateUserPoolClientInput":
		return "Create"
	case "UpdateUserPoolClientInput":
		return "Update"
	}
	return ""
}

func run(pass *analysis.Pass) (any, error) {
	for _, f := range pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			op := inputType(pass.TypesInfo.TypeOf(lit))
			if op == "" {
				return true
			}
			check(pass, op, lit, stack)
			return true
		})
	}
	return nil, nil
}

// check evaluates one literal and reports what the rules find in it.
func check(pass *analysis.Pass, op string, lit *ast.CompositeLit, stack []ast.Node) {
	fate := follow(pass, lit, stack)
	if fate.replaced {
		return
	}
	ev := &evaluator{pass: pass, where: map[string]ast.Expr{}, lists: map[string]*ast.CompositeLit{}}
	var in reflect.Value
	if op == "Create" {
		in = reflect.New(reflect.TypeFor[cip.CreateUserPoolClientInput]())
	} else {
		in = reflect.New(reflect.TypeFor[cip.UpdateUserPoolClientInput]())
	}
	written := ev.structLit(lit, in.Elem(), "", fate.changed)
	known := len(ev.unknown) // the unknowns of the literal's own values
	if fate.escapes != "" {
		t := in.Elem().Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() && !written[f.Name] {
				ev.unknown = append(ev.unknown, client.Unknown{Path: f.Name,
					Reason: "not set in the literal, whose value is " + fate.escapes + ", where it may be set"})
			}
		}
	}
	c := client.Case{Unknown: ev.unknown, Partly: ev.partly}
	if op == "Create" {
		req := sdkv2.FromCreateInput(in.Interface().(*cip.CreateUserPoolClientInput))
		c.Create = &req
	} else {
		req := sdkv2.FromUpdateInput(in.Interface().(*cip.UpdateUserPoolClientInput))
		c.Update = &req
	}
	vs := client.CheckCases([]client.Case{c}).Violations
	if fate.escapes != "" {
		// lists.duplicate judges each list on its own, but the core skips
		// it when any list is unknown: a repeat in a list the literal
		// writes whole is certain whatever the other members turn out to
		// be.
		c.Unknown = c.Unknown[:known]
		for _, v := range client.CheckCases([]client.Case{c}).Violations {
			if v.Rule == client.RuleListsDuplicate && !slices.Contains(vs, v) {
				vs = append(vs, v)
			}
		}
	}
	// In the order of the source.
	pos := func(v client.Violation) token.Pos {
		if e := ev.lookup(v.Path); e != nil {
			return e.Pos()
		}
		return lit.Pos()
	}
	slices.SortStableFunc(vs, func(a, b client.Violation) int { return cmp.Compare(pos(a), pos(b)) })
	for _, v := range vs {
		if v.Severity == client.Warning && !warnings {
			continue
		}
		d := analysis.Diagnostic{
			Category: string(v.Rule),
			Message:  "appclient: " + v.String(),
		}
		if r, ok := client.LookupRule(v.Rule); ok {
			d.URL = r.Source
		}
		if e := ev.lookup(v.Path); e != nil {
			d.Pos, d.End = e.Pos(), e.End()
		} else {
			// A missing member, or a finding about the whole input: at the
			// literal's type.
			d.Pos, d.End = lit.Pos(), lit.Lbrace
			if lit.Type != nil {
				d.End = lit.Type.End()
			}
		}
		if v.Rule == client.RuleListsDuplicate {
			d.SuggestedFixes = ev.removeItem(v.Path)
		}
		pass.Report(d)
	}
}

// fate is what happens to a literal's value after it is written.
type fate struct {
	// changed maps each top-level member that the function changes after
	// the literal to why it is unknown.
	changed map[string]string
	// escapes says where the value goes when code other than an SDK call
	// may see it ("returned", "passed to build"), or is "".
	escapes string
	// replaced: the whole value is overwritten (*in = …): nothing is known.
	replaced bool
}

// follow finds out what happens to the literal's value: where it goes, and
// which of its members the function changes. It is deliberately simple
// and conservative; see Analyzer.
func follow(pass *analysis.Pass, lit *ast.CompositeLit, stack []ast.Node) fate {
	fa := fate{changed: map[string]string{}}
	// Climb from the literal through & and parentheses.
	i := len(stack) - 1
	var e ast.Expr = lit
	for i > 0 {
		switch p := stack[i-1].(type) {
		case *ast.ParenExpr:
			e, i = p, i-1
			continue
		case *ast.UnaryExpr:
			if p.Op == token.AND {
				e, i = p, i-1
				continue
			}
		}
		break
	}
	var parent ast.Node
	if i > 0 {
		parent = stack[i-1]
	}
	fn := enclosingFunc(stack[:i])
	var obj types.Object
	switch p := parent.(type) {
	case *ast.CallExpr:
		if sink(pass, p, e) {
			return fa
		}
		fa.escapes = "passed to " + calleeName(p)
		return fa
	case *ast.AssignStmt:
		for j, r := range p.Rhs {
			if r == e && len(p.Lhs) == len(p.Rhs) {
				if id, ok := p.Lhs[j].(*ast.Ident); ok {
					obj = pass.TypesInfo.ObjectOf(id)
				}
			}
		}
	case *ast.ValueSpec:
		for j, r := range p.Values {
			if r == e && len(p.Names) == len(p.Values) {
				obj = pass.TypesInfo.ObjectOf(p.Names[j])
			}
		}
	case *ast.ReturnStmt:
		fa.escapes = "returned"
		return fa
	}
	v, ok := obj.(*types.Var)
	if !ok || fn == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		if obj != nil && fn == nil {
			fa.escapes = "a package-level variable"
		} else {
			fa.escapes = "stored where other code may change it"
		}
		return fa
	}
	// Every use of the variable in the function.
	var ustack []ast.Node
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == nil {
			ustack = ustack[:len(ustack)-1]
			return true
		}
		ustack = append(ustack, n)
		id, ok := n.(*ast.Ident)
		if !ok || pass.TypesInfo.Uses[id] != v {
			return true
		}
		use(pass, &fa, v.Name(), ustack)
		return true
	})
	return fa
}

// use classifies one use of the variable named name holding the literal;
// stack ends with the identifier.
func use(pass *analysis.Pass, fa *fate, name string, stack []ast.Node) {
	i := len(stack) - 1
	var e ast.Expr = stack[i].(*ast.Ident)
	field := ""
	// Climb through selectors, indexes, derefs and parentheses: the
	// largest expression built on the variable.
	for i > 0 {
		switch p := stack[i-1].(type) {
		case *ast.ParenExpr:
		case *ast.SelectorExpr:
			if p.X != e {
				goto climbed
			}
			if field == "" {
				field = p.Sel.Name
			}
		case *ast.IndexExpr:
			if p.X != e {
				goto climbed // the variable is the index
			}
		case *ast.StarExpr:
		default:
			goto climbed
		}
		e, i = stack[i-1].(ast.Expr), i-1
	}
climbed:
	var parent ast.Node
	if i > 0 {
		parent = stack[i-1]
	}
	line := pass.Fset.Position(e.Pos()).Line
	changedAt := func() {
		if field == "" {
			fa.replaced = true
			return
		}
		if _, seen := fa.changed[field]; !seen {
			fa.changed[field] = "changed after the literal, at line " + strconv.Itoa(line)
		}
	}
	switch p := parent.(type) {
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == e {
				if _, bare := e.(*ast.Ident); bare {
					return // the variable gets another value: not a change to this one
				}
				changedAt()
				return
			}
		}
	case *ast.IncDecStmt:
		changedAt()
		return
	case *ast.RangeStmt:
		if p.Key == e || p.Value == e {
			changedAt()
			return
		}
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			if field != "" {
				changedAt() // &in.ClientName: may be written through
				return
			}
			if i > 1 {
				if call, ok := stack[i-2].(*ast.CallExpr); ok && sink(pass, call, p) {
					return
				}
			}
			if fa.escapes == "" {
				fa.escapes = "taken by address at line " + strconv.Itoa(line)
			}
			return
		}
	case *ast.CallExpr:
		if field == "" {
			if _, bare := e.(*ast.Ident); bare && sink(pass, p, e) {
				return
			}
		}
	}
	if field != "" {
		return // a member read
	}
	if fa.escapes == "" {
		what := "used at line " + strconv.Itoa(line)
		switch p := parent.(type) {
		case *ast.CallExpr:
			what = "passed to " + calleeName(p)
		case *ast.ReturnStmt:
			what = "returned"
		}
		fa.escapes = what
	}
}

// sink reports whether call only reads its argument arg: a
// CreateUserPoolClient or UpdateUserPoolClient method (of the SDK's client
// or of an interface a program puts in front of it), or a function of
// client/sdkv2.
func sink(pass *analysis.Pass, call *ast.CallExpr, arg ast.Expr) bool {
	isArg := false
	for _, a := range call.Args {
		if a == arg {
			isArg = true
		}
	}
	if !isArg {
		return false
	}
	switch f := typeutilCallee(pass, call).(type) {
	case *types.Func:
		if f.Pkg() != nil && f.Pkg().Path() == sdkv2Path {
			return true
		}
		sig, _ := f.Type().(*types.Signature)
		if sig != nil && sig.Recv() != nil && (f.Name() == "CreateUserPoolClient" || f.Name() == "UpdateUserPoolClient") {
			return true
		}
	}
	return false
}

// typeutilCallee returns the function or method call calls, or nil.
func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) types.Object {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.Ident:
		return pass.TypesInfo.Uses[f]
	case *ast.SelectorExpr:
		if sel, ok := pass.TypesInfo.Selections[f]; ok {
			return sel.Obj()
		}
		return pass.TypesInfo.Uses[f.Sel]
	case *ast.IndexExpr: // a generic function's instance
		if id, ok := ast.Unparen(f.X).(*ast.Ident); ok {
			return pass.TypesInfo.Uses[id]
		}
		if s, ok := ast.Unparen(f.X).(*ast.SelectorExpr); ok {
			return pass.TypesInfo.Uses[s.Sel]
		}
	}
	return nil
}

func calleeName(call *ast.CallExpr) string {
	return shorten(types.ExprString(call.Fun))
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// enclosingFunc returns the innermost function declaration or literal's
// body in stack, or nil at package level.
func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncDecl:
			return f.Body
		case *ast.FuncLit:
			// The variable may be used by the function around the
			// literal too (a closure): search the outermost function.
			for j := i - 1; j >= 0; j-- {
				if d, ok := stack[j].(*ast.FuncDecl); ok {
					return d.Body
				}
			}
			return f.Body
		}
	}
	return nil
}

// evaluator evaluates one literal into an SDK value.
type evaluator struct {
	pass    *analysis.Pass
	where   map[string]ast.Expr          // API path → the expression of its value
	lists   map[string]*ast.CompositeLit // list path → its slice literal
	unknown []client.Unknown
	partly  []client.Partly
}

// lookup returns the expression of path's value, or of the nearest
// enclosing value written, or nil.
func (ev *evaluator) lookup(path string) ast.Expr {
	for path != "" {
		if e, ok := ev.where[path]; ok {
			return e
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return nil
}

func (ev *evaluator) setUnknown(path string, e ast.Expr, why string) {
	if why == "" {
		why = "not known at compile time: " + shorten(types.ExprString(e))
	}
	ev.unknown = append(ev.unknown, client.Unknown{Path: path, Reason: why})
}

// structLit evaluates a struct literal into rv, a struct of the SDK, and
// returns the fields it sets. changed lists the fields to take as unknown.
func (ev *evaluator) structLit(lit *ast.CompositeLit, rv reflect.Value, prefix string, changed map[string]string) map[string]bool {
	written := map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue // the SDK's structs have unexported fields: no positional literal compiles
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		f, ok := rv.Type().FieldByName(key.Name)
		if !ok || !f.IsExported() {
			continue
		}
		path := prefix + key.Name
		written[key.Name] = true
		ev.where[path] = kv.Value
		if why, ok := changed[key.Name]; ok {
			ev.setUnknown(path, kv.Value, why)
			continue
		}
		ev.value(kv.Value, rv.FieldByIndex(f.Index), path)
	}
	for name, why := range changed {
		if !written[name] {
			if _, ok := rv.Type().FieldByName(name); ok {
				ev.setUnknown(prefix+name, nil, why)
			}
		}
	}
	return written
}

// value evaluates e into fv, the field (or list item) at path.
func (ev *evaluator) value(e ast.Expr, fv reflect.Value, path string) {
	e = ast.Unparen(e)
	tv := ev.pass.TypesInfo.Types[e]
	if tv.Value != nil {
		if !setConst(fv, tv.Value) {
			ev.setUnknown(path, e, "")
		}
		return
	}
	if tv.IsNil() {
		return // absent
	}
	switch fv.Kind() {
	case reflect.Pointer:
		elem := fv.Type().Elem()
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND && elem.Kind() == reflect.Struct {
			if lit, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
				nv := reflect.New(elem)
				ev.structLit(lit, nv.Elem(), path+".", nil)
				fv.Set(nv)
				return
			}
		}
		if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 && ptrConstructor(ev.pass, call) {
			nv := reflect.New(elem)
			fv.Set(nv) // present, whatever its value
			ev.value(call.Args[0], nv.Elem(), path)
			return
		}
	case reflect.Slice:
		if lit, ok := e.(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if _, keyed := elt.(*ast.KeyValueExpr); keyed {
					ev.setUnknown(path, e, "a slice literal with indexes: not evaluated")
					return
				}
			}
			s := reflect.MakeSlice(fv.Type(), len(lit.Elts), len(lit.Elts))
			ev.lists[path] = lit
			for i, elt := range lit.Elts {
				item := path + "[" + strconv.Itoa(i) + "]"
				ev.where[item] = elt
				ev.value(elt, s.Index(i), item)
			}
			fv.Set(s)
			return
		}
	case reflect.String:
		if pieces, ok := ev.concat(e); ok {
			if len(pieces) == 1 && pieces[0].Hole == "" {
				fv.SetString(pieces[0].Text) // a Sprintf of constants
			} else {
				ev.partly = append(ev.partly, client.Partly{Path: path, Pieces: pieces})
			}
			return
		}
	}
	ev.setUnknown(path, e, "")
}

// setConst sets fv to the constant c, reporting whether their kinds agree.
func setConst(fv reflect.Value, c constant.Value) bool {
	switch fv.Kind() {
	case reflect.String:
		if c.Kind() == constant.String {
			fv.SetString(constant.StringVal(c))
			return true
		}
	case reflect.Bool:
		if c.Kind() == constant.Bool {
			fv.SetBool(constant.BoolVal(c))
			return true
		}
	case reflect.Int32, reflect.Int64, reflect.Int:
		if n, exact := constant.Int64Val(constant.ToInt(c)); exact && !fv.OverflowInt(n) {
			fv.SetInt(n)
			return true
		}
	}
	return false
}

// ptrConstructor reports whether call makes a pointer to its one argument's
// value: aws.String, aws.Int32, aws.Bool (and the other scalar helpers of
// package aws or smithy-go's ptr), or the builtin new of a value.
func ptrConstructor(pass *analysis.Pass, call *ast.CallExpr) bool {
	switch f := typeutilCallee(pass, call).(type) {
	case *types.Builtin:
		// new(T) takes a type; new(v), since Go 1.26, a value.
		return f.Name() == "new" && !pass.TypesInfo.Types[call.Args[0]].IsType()
	case *types.Func:
		if f.Pkg() == nil || (f.Pkg().Path() != awsPath && f.Pkg().Path() != ptrPath) {
			return false
		}
		switch f.Name() {
		case "String", "Bool", "Int32", "Int64", "Int":
			return true
		}
	}
	return false
}

// concat returns the pieces of a string built with + (or fmt.Sprintf with
// a constant format of plain %s, %v and %d verbs) from constants and other
// values, when at least one piece is a non-empty constant: one piece of
// text when every piece is constant.
func (ev *evaluator) concat(e ast.Expr) ([]client.Piece, bool) {
	var pieces []client.Piece
	text := func(s string) {
		if s == "" {
			return
		}
		if n := len(pieces); n > 0 && pieces[n-1].Hole == "" {
			pieces[n-1].Text += s
		} else {
			pieces = append(pieces, client.Piece{Text: s})
		}
	}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		e = ast.Unparen(e)
		if tv := ev.pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.String {
			text(constant.StringVal(tv.Value))
			return
		}
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			walk(b.X)
			walk(b.Y)
			return
		}
		if format, args, ok := ev.sprintf(e); ok {
			arg := 0
			for i := 0; i < len(format); i++ {
				if format[i] != '%' {
					text(format[i : i+1])
					continue
				}
				i++
				if format[i] == '%' {
					text("%")
					continue
				}
				a := ast.Unparen(args[arg])
				arg++
				if tv := ev.pass.TypesInfo.Types[a]; tv.Value != nil && (tv.Value.Kind() == constant.String || tv.Value.Kind() == constant.Int) {
					if tv.Value.Kind() == constant.String {
						text(constant.StringVal(tv.Value))
					} else {
						text(tv.Value.ExactString())
					}
					continue
				}
				pieces = append(pieces, client.Piece{Hole: shorten(types.ExprString(a))})
			}
			return
		}
		pieces = append(pieces, client.Piece{Hole: shorten(types.ExprString(e))})
	}
	walk(e)
	for _, p := range pieces {
		if p.Hole == "" {
			return pieces, true
		}
	}
	return nil, false
}

// sprintf returns the format and arguments of a call to fmt.Sprintf whose
// format is a constant with only plain %s, %v and %d verbs (and %%), one
// per argument.
func (ev *evaluator) sprintf(e ast.Expr) (string, []ast.Expr, bool) {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return "", nil, false
	}
	f, ok := typeutilCallee(ev.pass, call).(*types.Func)
	if !ok || f.Pkg() == nil || f.Pkg().Path() != "fmt" || f.Name() != "Sprintf" {
		return "", nil, false
	}
	tv := ev.pass.TypesInfo.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", nil, false
	}
	format := constant.StringVal(tv.Value)
	var verbs []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i++; i == len(format) {
			return "", nil, false
		}
		switch format[i] {
		case '%':
		case 's', 'v', 'd':
			verbs = append(verbs, format[i])
		default:
			return "", nil, false // flags, widths, other verbs: not evaluated
		}
	}
	args := call.Args[1:]
	if len(verbs) != len(args) {
		return "", nil, false
	}
	for i, a := range args {
		// Each argument must print as itself: a string for %s, an integer
		// for %d, either for %v, and no String or Error method.
		t := ev.pass.TypesInfo.TypeOf(a)
		b, ok := t.Underlying().(*types.Basic)
		if !ok {
			return "", nil, false
		}
		str, num := b.Info()&types.IsString != 0, b.Info()&types.IsInteger != 0
		if verbs[i] == 's' && !str || verbs[i] == 'd' && !num || !str && !num {
			return "", nil, false
		}
		for _, m := range []string{"String", "Error"} {
			if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
				return "", nil, false
			}
		}
	}
	return format, args, true
}
