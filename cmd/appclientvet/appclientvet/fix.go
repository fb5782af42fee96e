package appclientvet

import (
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// removeItem returns the fix that removes the list item at path, such as
// "CallbackURLs[2]": the item's line(s) when the item has its line(s) to
// itself, otherwise the item and the comma before it. The edits of two
// items of one list never overlap, so that every fix can be applied at
// once.
func (ev *evaluator) removeItem(path string) []analysis.SuggestedFix {
	open := strings.LastIndexByte(path, '[')
	if open < 0 || !strings.HasSuffix(path, "]") {
		return nil
	}
	i, err := strconv.Atoi(path[open+1 : len(path)-1])
	lit := ev.lists[path[:open]]
	if err != nil || lit == nil || i <= 0 || i >= len(lit.Elts) {
		return nil
	}
	item, prev := lit.Elts[i], lit.Elts[i-1]
	next := lit.Rbrace
	if i+1 < len(lit.Elts) {
		next = lit.Elts[i+1].Pos()
	}
	tf := ev.pass.Fset.File(item.Pos())
	if tf == nil {
		return nil
	}
	line := func(p token.Pos) int { return tf.Line(p) }
	var edit analysis.TextEdit
	if line(prev.End()) < line(item.Pos()) && line(item.End()) < line(next) {
		// Its own line(s): remove them whole, with the comma and any
		// comment that ends the last one.
		edit.Pos = tf.LineStart(line(item.Pos()))
		edit.End = tf.LineStart(line(item.End()) + 1)
	} else {
		edit.Pos, edit.End = prev.End(), item.End()
	}
	return []analysis.SuggestedFix{{
		Message:   "Remove the duplicate " + path,
		TextEdits: []analysis.TextEdit{edit},
	}}
}
