package clock

import (
	"testing"
	"time"
)

var start = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func TestVirtualStandsStillUntilAdvanced(t *testing.T) {
	v := NewVirtual(start)
	fired := false
	v.AfterFunc(time.Second, func() { fired = true })
	if fired || !v.Now().Equal(start) {
		t.Fatalf("virtual clock moved by itself: now=%v fired=%v", v.Now(), fired)
	}
	v.Advance(999 * time.Millisecond)
	if fired {
		t.Fatal("timer fired before it was due")
	}
	v.Advance(time.Millisecond)
	if !fired {
		t.Fatal("timer did not fire when due")
	}
}

func TestVirtualFiresInDueOrderAndSeesItsOwnTime(t *testing.T) {
	v := NewVirtual(start)
	var got []time.Duration
	for _, d := range []time.Duration{3 * time.Second, time.Second, 2 * time.Second, time.Second} {
		v.AfterFunc(d, func() { got = append(got, v.Now().Sub(start)) })
	}
	v.Advance(10 * time.Second)
	want := []time.Duration{time.Second, time.Second, 2 * time.Second, 3 * time.Second}
	if len(got) != len(want) {
		t.Fatalf("fired %d timers, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("timer %d saw %v, want %v", i, got[i], want[i])
		}
	}
	if v.Now().Sub(start) != 10*time.Second {
		t.Errorf("now = +%v, want +10s", v.Now().Sub(start))
	}
}

// A repeating 5-second poll, rescheduled from its own callback, fires 720
// times in one virtual hour.
func TestVirtualRescheduleInsideAdvance(t *testing.T) {
	v := NewVirtual(start)
	n := 0
	var tick func()
	tick = func() { n++; v.AfterFunc(5*time.Second, tick) }
	v.AfterFunc(5*time.Second, tick)
	v.Advance(time.Hour)
	if n != 720 {
		t.Fatalf("ticks = %d, want 720", n)
	}
	if v.Pending() != 1 {
		t.Fatalf("pending = %d, want 1", v.Pending())
	}
}

func TestVirtualStop(t *testing.T) {
	v := NewVirtual(start)
	fired := false
	tm := v.AfterFunc(time.Second, func() { fired = true })
	if !tm.Stop() {
		t.Fatal("Stop of a pending timer returned false")
	}
	if tm.Stop() {
		t.Fatal("second Stop returned true")
	}
	v.Advance(time.Minute)
	if fired {
		t.Fatal("stopped timer fired")
	}
}

func TestWallImplementsClock(t *testing.T) {
	var c Clock = Wall{}
	done := make(chan struct{})
	c.AfterFunc(time.Millisecond, func() { close(done) })
	<-done
	if c.Now().IsZero() {
		t.Fatal("wall clock returned zero time")
	}
}
