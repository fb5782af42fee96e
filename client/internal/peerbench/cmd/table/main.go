// Command table runs the peer benchmarks of client/internal/peerbench and prints one
// markdown table: ns/op, B/op and allocs/op per fixture and implementation,
// each with its ratio to the floor, then a summary of the ratios that the
// issue sets targets for.
//
// Usage, from client/internal/peerbench:
//
//	go run ./cmd/table                      # runs go test -bench itself
//	go run ./cmd/table -count 5 -benchtime 2s
//	go test -run='^$' -bench=. -benchmem | go run ./cmd/table -in -
//
// With -count above 1, each cell is the median of the runs.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "", "parse benchmark output from this file (- for stdin) instead of running go test")
	count := flag.Int("count", 1, "go test -count")
	benchtime := flag.String("benchtime", "1s", "go test -benchtime")
	bench := flag.String("bench", ".", "go test -bench")
	flag.Parse()

	var out []byte
	var err error
	switch *in {
	case "":
		cmd := exec.Command("go", "test", "-run=^$", "-bench="+*bench, "-benchmem",
			"-count="+strconv.Itoa(*count), "-benchtime="+*benchtime, ".")
		cmd.Stderr = os.Stderr
		fmt.Fprintln(os.Stderr, "running:", strings.Join(cmd.Args, " "))
		out, err = cmd.Output()
		if err != nil {
			os.Stderr.Write(out)
			fail(err)
		}
	case "-":
		out, err = io.ReadAll(os.Stdin)
	default:
		out, err = os.ReadFile(*in)
	}
	if err != nil {
		fail(err)
	}
	res, cpu := parse(out)
	if len(res) == 0 {
		fail(fmt.Errorf("no benchmark results in the input"))
	}
	print(os.Stdout, res, cpu)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "table:", err)
	os.Exit(1)
}

// key names one benchmark: BenchmarkGROUP/FIXTURE/IMPL.
type key struct{ group, fixture, impl string }

type sample struct{ ns, bytes, allocs []float64 }

var line = regexp.MustCompile(`^Benchmark(\w+)/(\w+)/(\w+)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(.*)$`)

func parse(out []byte) (map[key]*sample, string) {
	res := map[key]*sample{}
	cpu := ""
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		l := sc.Text()
		if c, ok := strings.CutPrefix(l, "cpu: "); ok {
			cpu = c
		}
		m := line.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		k := key{m[1], m[2], m[3]}
		s := res[k]
		if s == nil {
			s = &sample{}
			res[k] = s
		}
		ns, _ := strconv.ParseFloat(m[4], 64)
		s.ns = append(s.ns, ns)
		f := strings.Fields(m[5])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch f[i+1] {
			case "B/op":
				s.bytes = append(s.bytes, v)
			case "allocs/op":
				s.allocs = append(s.allocs, v)
			}
		}
	}
	return res, cpu
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return -1
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

var (
	fixtures = []string{"minimal", "typical", "large"}
	groups   = []struct {
		name, title string
		impls       [][2]string // name in the benchmark, label
	}{
		{"Check", "Check of an already-decoded request", [][2]string{
			{"appclient", "appclient Check"},
			{"validator", "go-playground/validator Struct"},
			{"jsonschema", "santhosh-tekuri/jsonschema Validate"},
			{"floor", "floor: visit every rune, compare every int"},
			{"patternfloor", "pattern floor: class-table lookup per byte, count characters, compare every int"},
		}},
		{"Decode", "Bytes to verdict", [][2]string{
			{"appclient", "appclient DecodeCheck"},
			{"unmarshal", "encoding/json Unmarshal (no validation)"},
			{"validator", "encoding/json (strict) + validator"},
			{"jsonschema", "jsonschema UnmarshalJSON + Validate"},
			{"floor", "floor: compare every byte once"},
		}},
	}
)

func num(v float64) string {
	switch {
	case v < 0:
		return "-"
	case v < 10:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
}

func ratio(a, b float64) string {
	if a < 0 || b <= 0 {
		return "-"
	}
	r := a / b
	if r < 10 {
		return strconv.FormatFloat(r, 'f', 2, 64) + "×"
	}
	return strconv.FormatFloat(r, 'f', 0, 64) + "×"
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if name, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(name) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

func print(w io.Writer, res map[key]*sample, cpu string) {
	ns := func(g, f, i string) float64 {
		if s := res[key{g, f, i}]; s != nil {
			return median(s.ns)
		}
		return -1
	}
	fmt.Fprintf(w, "Machine: %s, %s/%s, %d CPUs (runtime.NumCPU), CPU model %q (go test: %q)\n\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), cpu)
	for _, g := range groups {
		fmt.Fprintf(w, "### %s\n\n", g.title)
		fmt.Fprintln(w, "| fixture | implementation | ns/op | B/op | allocs/op | ÷ floor |")
		fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|")
		for _, f := range fixtures {
			floor := ns(g.name, f, "floor")
			for _, impl := range g.impls {
				s := res[key{g.name, f, impl[0]}]
				if s == nil {
					continue
				}
				fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", f, impl[1],
					num(median(s.ns)), num(median(s.bytes)), num(median(s.allocs)), ratio(median(s.ns), floor))
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "### Ratios (ns/op)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| fixture | Check ÷ floor | Check ÷ pattern floor | validator ÷ Check | jsonschema ÷ Check | DecodeCheck ÷ Unmarshal | DecodeCheck ÷ byte floor |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|--:|")
	for _, f := range fixtures {
		check := ns("Check", f, "appclient")
		dc := ns("Decode", f, "appclient")
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s |\n", f,
			ratio(check, ns("Check", f, "floor")),
			ratio(check, ns("Check", f, "patternfloor")),
			ratio(ns("Check", f, "validator"), check),
			ratio(ns("Check", f, "jsonschema"), check),
			ratio(dc, ns("Decode", f, "unmarshal")),
			ratio(dc, ns("Decode", f, "floor")))
	}
}
