//go:build !race

package client_test

// raceEnabled says whether the tests run under the race detector, which
// makes sync.Pool drop items on purpose.
const raceEnabled = false
