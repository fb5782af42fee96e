package cli

import (
	"errors"
	"flag"
	"io"
	"os"
	"strconv"
)

// defaultMaxBytes is the largest input the command reads, unless --max-bytes
// says otherwise. An app client configuration is a few KiB; even every list
// at its model maximum stays far below this.
const defaultMaxBytes = 4 << 20

// maxBytesFlag defines --max-bytes on fs and returns where its value is
// kept: defaultMaxBytes unless the flag says otherwise.
func maxBytesFlag(fs *flag.FlagSet) *int64 {
	v := int64(defaultMaxBytes)
	fs.Var((*byteLimit)(&v), "max-bytes", "refuse an input larger than this many bytes")
	return &v
}

// byteLimit is the value of --max-bytes: a number of bytes, 0 or more,
// written as the flag package writes an int64 (decimal, or 0x, 0o, 0b).
type byteLimit int64

func (b *byteLimit) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteLimit) Set(s string) error {
	n, err := strconv.ParseInt(s, 0, 64)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return errors.New("must be at most " + strconv.FormatInt(1<<63-1, 10))
	case err != nil:
		return errors.New("must be a whole number of bytes")
	case n < 0:
		return errors.New("must not be negative")
	}
	*b = byteLimit(n)
	return nil
}

// errTooLarge is returned for an input over the limit.
type errTooLarge struct{ max int64 }

func (e errTooLarge) Error() string {
	return "larger than the input limit of " + strconv.FormatInt(e.max, 10) + " bytes (raise it with --max-bytes)"
}

// readLimited reads the file name ("-" is r) whole, but refuses one larger
// than max bytes: a regular file by its size, before reading it, and any
// other input (standard input, a pipe, a device) after max+1 bytes at most.
func readLimited(name string, r io.Reader, max int64) ([]byte, error) {
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > max {
			return nil, errTooLarge{max}
		} else if err == nil && info.IsDir() {
			return nil, errors.New("is a directory")
		}
		r = f
	}
	if r == nil {
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, errTooLarge{max}
	}
	return data, nil
}
