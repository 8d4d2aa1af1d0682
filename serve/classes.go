package serve

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// The classes of a server: each has an id (for the teacher's page), a
// short join code (for the students) and a teacher's token; each student
// device gets a token of its own. Tokens are 128 random bits: they cannot
// be guessed, and one acts only for the nation of the student it was
// given to (the server looks the nation up from the token; a request
// never names the nation it acts for).
type classes struct {
	mu     sync.Mutex
	byID   map[string]*class
	byCode map[string]*class
	tokens map[string]seat // student tokens
	limit  joinLimiter
}

// seat is what a student's token stands for.
type seat struct {
	c *class
	s *student
}

// Class limits of a server.
const (
	maxClasses         = 4  // classes at once
	maxStudents        = 60 // students (names) in a class
	maxTokensPerName   = 8  // devices one name may join from
	codeAlphabet       = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
	codeLength         = 6
	classIdleTimeout   = 2 * time.Hour // a class nobody has asked about for this long is reclaimed
	classReapFrequency = time.Minute
)

func newClasses() *classes {
	return &classes{byID: map[string]*class{}, byCode: map[string]*class{}, tokens: map[string]seat{}, limit: joinLimiter{buckets: map[string]*bucket{}}}
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("serve: no randomness: " + err.Error())
	}
	return hex.EncodeToString(b)
}

func randomCode() string {
	var b strings.Builder
	for range codeLength {
		k, err := rand.Int(rand.Reader, big.NewInt(int64(len(codeAlphabet))))
		if err != nil {
			panic("serve: no randomness: " + err.Error())
		}
		b.WriteByte(codeAlphabet[k.Int64()])
	}
	return b.String()
}

// add registers a class, with a fresh id, code and teacher's token, or
// reports false when the server has as many classes as it allows.
func (cs *classes) add(c *class) bool {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if len(cs.byID) >= maxClasses {
		return false
	}
	c.id, c.teacher = randomHex(16), randomHex(16)
	for c.code = randomCode(); cs.byCode[c.code] != nil; c.code = randomCode() {
	}
	cs.byID[c.id], cs.byCode[c.code] = c, c
	return true
}

// remove forgets a class and every token of it.
func (cs *classes) remove(c *class) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	delete(cs.byID, c.id)
	delete(cs.byCode, c.code)
	for t, st := range cs.tokens {
		if st.c == c {
			delete(cs.tokens, t)
		}
	}
}

// teacherClass returns the class id names if the request carries its
// teacher's token.
func (cs *classes) teacherClass(r *http.Request, id string) *class {
	cs.mu.Lock()
	c := cs.byID[id]
	cs.mu.Unlock()
	if c == nil || subtle.ConstantTimeCompare([]byte(bearer(r)), []byte(c.teacher)) != 1 {
		return nil
	}
	return c
}

// seatOf returns the student a request's token was given to.
func (cs *classes) seatOf(r *http.Request) (seat, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	st, ok := cs.tokens[bearer(r)]
	return st, ok && bearer(r) != ""
}

func (cs *classes) all() []*class {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	out := make([]*class, 0, len(cs.byID))
	for _, c := range cs.byID {
		out = append(out, c)
	}
	return out
}

// bearer is the token of an Authorization: Bearer header.
func bearer(r *http.Request) string {
	t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return ""
	}
	return strings.TrimSpace(t)
}

// joinLimiter bounds wrong join codes per client address: a bucket of
// joinBurst attempts that refills one every joinRefill. A client whose
// bucket is empty is refused every join, right code or not, until it
// refills; a right code costs nothing, so a class of sixty behind one
// school address joins at once.
type joinLimiter struct {
	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

const (
	joinBurst  = 5
	joinRefill = 10 * time.Second
	// maxJoinClients bounds the addresses remembered: beyond it, those
	// whose bucket is full again are forgotten, and if none is, a new
	// address is not remembered (its wrong codes go uncounted: 31⁶ codes
	// leave guessing hopeless all the same).
	maxJoinClients = 10000
)

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// level returns the client's bucket, refilled to now.
func (l *joinLimiter) level(addr string, now time.Time) *bucket {
	b := l.buckets[addr]
	if b == nil {
		if len(l.buckets) >= maxJoinClients {
			for a, o := range l.buckets {
				if o.tokens+now.Sub(o.at).Seconds()/joinRefill.Seconds() >= joinBurst {
					delete(l.buckets, a)
				}
			}
		}
		b = &bucket{tokens: joinBurst, at: now}
		if len(l.buckets) < maxJoinClients { // else a bucket of the moment: the table stays bounded
			l.buckets[addr] = b
		}
	}
	b.tokens = min(joinBurst, b.tokens+now.Sub(b.at).Seconds()/joinRefill.Seconds())
	b.at = now
	return b
}

// allowed reports whether the client may try to join now, and if not, in
// how long it may.
func (l *joinLimiter) allowed(addr string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.level(addr, timeNow())
	if b.tokens >= 1 {
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) * float64(joinRefill))
}

// failed takes one attempt from the client's bucket.
func (l *joinLimiter) failed(addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.level(addr, timeNow())
	b.tokens = max(0, b.tokens-1)
}
