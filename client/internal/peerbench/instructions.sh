#!/usr/bin/env bash
# instructions.sh: the benchmarks' cost in instructions per operation, which,
# unlike times on a shared machine, is the same on every run. Needs valgrind
# (cachegrind). Each cell runs the benchmark twice, N1 and N2 times, under
# cachegrind and divides the difference of the program totals by N2-N1, so
# that start-up and set-up cancel out. Run it from this directory:
#
#	./instructions.sh
set -euo pipefail
cd "$(dirname "$0")"
bin=$(mktemp -d)/peer.test
go test -c -o "$bin" .
per_op() { # BENCH N1 N2
	local t
	for n in "$2" "$3"; do
		GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=no \
			--cachegrind-out-file="$bin.$n" "$bin" -test.run '^$' -test.bench "$1" -test.benchtime "${n}x" >/dev/null 2>&1
		t[$n]=$(cg_annotate --auto=no "$bin.$n" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
	done
	echo $(( (t[$3] - t[$2]) / ($3 - $2) ))
}
echo "| fixture | Check | pattern floor | validator | Check ÷ pattern floor | validator ÷ Check | DecodeCheck | Unmarshal | DecodeCheck ÷ Unmarshal |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
for f in minimal typical large; do
	n1=2000 n2=12000
	if [ "$f" = large ]; then n1=200 n2=1200; fi
	c=$(per_op "^BenchmarkCheck\$/^$f\$/^appclient\$" $n1 $n2)
	p=$(per_op "^BenchmarkCheck\$/^$f\$/^patternfloor\$" $n1 $n2)
	v=$(per_op "^BenchmarkCheck\$/^$f\$/^validator\$" $n1 $n2)
	d=$(per_op "^BenchmarkDecode\$/^$f\$/^appclient\$" $n1 $n2)
	u=$(per_op "^BenchmarkDecode\$/^$f\$/^unmarshal\$" $n1 $n2)
	awk -v f="$f" -v c="$c" -v p="$p" -v v="$v" -v d="$d" -v u="$u" 'BEGIN {
		printf "| %s | %d | %d | %d | %.2f× | %.1f× | %d | %d | %.2f× |\n", f, c, p, v, c/p, v/c, d, u, d/u }'
done
