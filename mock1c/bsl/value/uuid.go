package value

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"strings"
)

// UUID is УникальныйИдентификатор: 16 bytes presented as
// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" in lower case. Two UUIDs are equal
// when their bytes are (value semantics), so they work as Соответствие keys.
type UUID [16]byte

// TUUID is the type name of UUID.
var TUUID = Name{"УникальныйИдентификатор", "UUID"}

func (UUID) TypeName() Name { return TUUID }

// String is the canonical 8-4-4-4-12 lower-case form.
func (u UUID) String() string {
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}

// Filled: the all-zero UUID is empty.
func (u UUID) Filled() bool { return u != UUID{} }

// EqualValue compares by bytes.
func (u UUID) EqualValue(o Value) bool {
	v, ok := o.(UUID)
	return ok && u == v
}

// MapKey makes UUIDs usable as Соответствие keys.
func (u UUID) MapKey() any { return u }

// NewUUID returns a random (version 4) UUID read from r (crypto/rand when nil).
func NewUUID(r io.Reader) (UUID, error) {
	if r == nil {
		r = rand.Reader
	}
	var u UUID
	if _, err := io.ReadFull(r, u[:]); err != nil {
		return UUID{}, err
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u, nil
}

// ParseUUID reads the 8-4-4-4-12 hexadecimal form (either case). Anything
// else is "Неверное значение аргумента" (the platform's exact wording for a
// malformed UUID string is unverified).
func ParseUUID(s string) (UUID, error) {
	var u UUID
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return u, ErrBadArgValue()
	}
	h := strings.ReplaceAll(s, "-", "")
	if _, err := hex.Decode(u[:], []byte(h)); err != nil || len(h) != 32 {
		return UUID{}, ErrBadArgValue()
	}
	return u, nil
}

var (
	_ Equaler  = UUID{}
	_ Keyer    = UUID{}
	_ Fillable = UUID{}
)
