package cfn

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/cognitokit/appclient/client/cfn/internal/node"
)

// parse reads a template. (Until node.Parse lands: JSON only.)
func parse(data []byte) (*node.Node, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	p := &jparser{d: d, data: data}
	n, err := p.value(0)
	if err != nil {
		return nil, &node.Error{Pos: p.pos(p.start()), Kind: "syntax", Msg: "the template must be valid JSON: " + err.Error()}
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, &node.Error{Pos: p.pos(p.start()), Kind: "syntax", Msg: "the template must hold one JSON value"}
	}
	return n, nil
}

type jparser struct {
	d    *json.Decoder
	data []byte
}

func (p *jparser) start() int {
	i := int(p.d.InputOffset())
	for i < len(p.data) {
		switch p.data[i] {
		case ' ', '\t', '\r', '\n', ':', ',':
			i++
			continue
		}
		break
	}
	return i
}

func (p *jparser) pos(off int) node.Pos {
	line, col := 1, 1
	for i := 0; i < off && i < len(p.data); {
		r, size := utf8.DecodeRune(p.data[i:])
		if r == '\n' {
			line++
			col = 1
		} else {
			col++
		}
		i += size
	}
	return node.Pos{Line: line, Column: col, Offset: off}
}

func (p *jparser) value(depth int) (*node.Node, error) {
	if depth > 1000 {
		return nil, errors.New("nested too deeply")
	}
	at := p.pos(p.start())
	tok, err := p.d.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &node.Node{Kind: node.Map, Pos: at}
			for p.d.More() {
				kat := p.pos(p.start())
				k, err := p.d.Token()
				if err != nil {
					return nil, err
				}
				key, _ := k.(string)
				if n.Get(key) != nil {
					return nil, errors.New("duplicate key " + key)
				}
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Pairs = append(n.Pairs, node.Pair{Key: key, KeyPos: kat, Value: v})
			}
			_, err := p.d.Token()
			return n, err
		case '[':
			n := &node.Node{Kind: node.List, Pos: at}
			for p.d.More() {
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Items = append(n.Items, v)
			}
			_, err := p.d.Token()
			return n, err
		}
		return nil, errors.New("unexpected delimiter")
	case string:
		return &node.Node{Kind: node.String, Text: t, Pos: at}, nil
	case json.Number:
		return &node.Node{Kind: node.Number, Text: t.String(), Pos: at}, nil
	case bool:
		s := "false"
		if t {
			s = "true"
		}
		return &node.Node{Kind: node.Bool, Text: s, Pos: at}, nil
	case nil:
		return &node.Node{Kind: node.Null, Text: "null", Pos: at}, nil
	}
	return nil, errors.New("unexpected token")
}
