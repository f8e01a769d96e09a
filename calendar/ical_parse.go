package calendar

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"
)

// The reader of iCalendar's syntax: unfolded content lines into a tree of
// components that remembers line numbers. go-ical's Decoder has neither
// line numbers nor a guard against some malformed lines (it panics on
// "DTSTART;TZID=x" without a colon), so Decode reads with this and uses
// go-ical's Prop and Params for the values.

const (
	maxFileBytes = 64 << 20 // a team's whole history is a few MB
	maxDepth     = 8
)

// icsComp is a component (VCALENDAR, VEVENT, VALARM…) as read.
type icsComp struct {
	name     string
	line     int // of its BEGIN
	props    []icsProp
	children []*icsComp
}

// icsProp is a property and the line it starts on.
type icsProp struct {
	ical.Prop
	line int
}

// get returns the first property called name, or nil.
func (c *icsComp) get(name string) *icsProp {
	for i := range c.props {
		if c.props[i].Name == name {
			return &c.props[i]
		}
	}
	return nil
}

// all returns the properties called name.
func (c *icsComp) all(name string) []*icsProp {
	var out []*icsProp
	for i := range c.props {
		if c.props[i].Name == name {
			out = append(out, &c.props[i])
		}
	}
	return out
}

// text returns the unescaped TEXT value of the first property called name,
// with a stray carriage return as a line end and no other control
// characters, as Encode would write it.
func (c *icsComp) text(name string) string {
	if p := c.get(name); p != nil {
		return cleanText(unescapeText(p.Value))
	}
	return ""
}

// parseICS reads the VCALENDAR objects in data (usually one).
func parseICS(data []byte) ([]*icsComp, error) {
	if len(data) > maxFileBytes {
		return nil, &ParseError{0, "the file is larger than 64 MB"}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // BOM from Windows tools
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &ParseError{0, "the file is empty"}
	}
	var (
		cals  []*icsComp
		stack []*icsComp
	)
	err := eachLine(string(data), func(line int, text string) error {
		// Check after unfolding: some programs fold inside a UTF-8 character.
		if !utf8.ValidString(text) {
			return &ParseError{line, "the text is not UTF-8 (save the file as UTF-8)"}
		}
		prop, err := parseContentLine(text)
		if err != nil {
			return &ParseError{line, err.Error()}
		}
		switch prop.Name {
		case "BEGIN":
			name := strings.ToUpper(strings.TrimSpace(prop.Value))
			if !validName(name) {
				return &ParseError{line, "BEGIN without a component name"}
			}
			if len(stack) == 0 && name != ical.CompCalendar {
				return &ParseError{line, "this is not a calendar file: it should begin with BEGIN:VCALENDAR"}
			}
			if len(stack) >= maxDepth {
				return &ParseError{line, "components are nested too deeply"}
			}
			c := &icsComp{name: name, line: line}
			if len(stack) == 0 {
				cals = append(cals, c)
			} else {
				top := stack[len(stack)-1]
				top.children = append(top.children, c)
			}
			stack = append(stack, c)
		case "END":
			name := strings.ToUpper(strings.TrimSpace(prop.Value))
			if len(stack) == 0 {
				return &ParseError{line, "END:" + name + " without a BEGIN"}
			}
			if top := stack[len(stack)-1]; top.name != name {
				return &ParseError{line, "END:" + name + " where END:" + top.name + " (begun on line " + strconv.Itoa(top.line) + ") was expected"}
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				if len(cals) == 0 {
					return &ParseError{line, "this is not a calendar file: it should begin with BEGIN:VCALENDAR"}
				}
				return &ParseError{line, "text after END:VCALENDAR"}
			}
			top := stack[len(stack)-1]
			top.props = append(top.props, icsProp{*prop, line})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return nil, &ParseError{top.line, "the file ends inside " + top.name + " begun here (is it cut off?)"}
	}
	return cals, nil
}

// eachLine calls fn with each unfolded content line and the number of the
// physical line it starts on, skipping blank lines. Lines may end in CRLF
// or a bare LF; a line starting with a space or tab continues the one
// before (RFC 5545 3.1).
func eachLine(s string, fn func(line int, text string) error) error {
	var (
		cur      strings.Builder
		curLine  int
		physical int
	)
	flush := func() error {
		if curLine == 0 {
			return nil
		}
		text := cur.String()
		cur.Reset()
		n := curLine
		curLine = 0
		if strings.TrimSpace(text) == "" {
			return nil
		}
		return fn(n, text)
	}
	for len(s) > 0 {
		physical++
		var l string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			l, s = s[:i], s[i+1:]
		} else {
			l, s = s, ""
		}
		l = strings.TrimSuffix(l, "\r")
		if l != "" && (l[0] == ' ' || l[0] == '\t') && curLine != 0 {
			cur.WriteString(l[1:])
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		cur.WriteString(l)
		curLine = physical
	}
	return flush()
}

// parseContentLine splits name *(";" param) ":" value (RFC 5545 3.1).
func parseContentLine(s string) (*ical.Prop, error) {
	i := strings.IndexAny(s, ";:")
	if i < 0 {
		return nil, errorString("a line without a colon: every line should look like NAME:value")
	}
	name := strings.ToUpper(s[:i])
	if !validName(name) {
		return nil, errorString("a property name with characters other than letters, digits and '-'")
	}
	prop := &ical.Prop{Name: name, Params: ical.Params{}}
	s = s[i:]
	for s[0] == ';' {
		s = s[1:]
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			return nil, errorString("a parameter of " + name + " without a name or '='")
		}
		pname := strings.ToUpper(s[:eq])
		if !validName(pname) {
			return nil, errorString("a parameter name of " + name + " with characters other than letters, digits and '-'")
		}
		s = s[eq+1:]
		for {
			var v string
			if s != "" && s[0] == '"' {
				end := strings.IndexByte(s[1:], '"')
				if end < 0 {
					return nil, errorString("a parameter of " + name + " with an unclosed quote")
				}
				v, s = s[1:end+1], s[end+2:]
			} else {
				end := strings.IndexAny(s, `;:,"`)
				if end < 0 {
					return nil, errorString("the line of " + name + " has no ':' before its value")
				}
				if s[end] == '"' {
					return nil, errorString("a parameter of " + name + " with a stray quote")
				}
				v, s = s[:end], s[end:]
			}
			prop.Params[pname] = append(prop.Params[pname], v)
			if s == "" {
				return nil, errorString("the line of " + name + " has no ':' before its value")
			}
			if s[0] != ',' {
				break
			}
			s = s[1:]
		}
		if s[0] != ';' && s[0] != ':' {
			return nil, errorString("a parameter of " + name + " runs into its value without ':'")
		}
	}
	prop.Value = s[1:]
	return prop, nil
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// unescapeText undoes TEXT escaping (RFC 5545 3.3.11). It is lenient: an
// unknown escape such as "\:" keeps the character, and an unescaped comma
// is kept, as some programs write them.
func unescapeText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i == len(s)-1 {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// splitText splits a TEXT list (CATEGORIES) on unescaped commas.
func splitText(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case ',':
			out = append(out, unescapeText(s[start:i]))
			start = i + 1
		}
	}
	return append(out, unescapeText(s[start:]))
}

type errorString string

func (e errorString) Error() string { return string(e) }
