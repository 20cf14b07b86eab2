package features

import (
	"fmt"
	"strings"
	"time"

	"wazzup-unf/internal/clock"
)

// scenarioStart is the virtual moment every scenario begins at (UTC).
func scenarioStart() time.Time { return time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC) }

// World is one scenario's state. Every fake in the scenario runs on its one
// virtual clock, so "И Пауза 5" moves all of them together.
type World struct {
	Clock   *clock.Virtual
	Wazzup  *WazzupWorld // nil until "Wazzup запущен …"
	Browser *Browser     // nil until a browser step needs it
}

// NewWorld starts a scenario at scenarioStart.
func NewWorld() *World {
	return &World{Clock: clock.NewVirtual(scenarioStart())}
}

// timeSteps are the steps of virtual time.
func timeSteps(r *Registry, w *World) {
	const g = "Время"
	advance := func(d time.Duration) error {
		if d < 0 {
			return fmt.Errorf("time does not go backwards (%v)", d)
		}
		w.Clock.Advance(d)
		return nil
	}
	r.Step(g, "Пауза {число}",
		"Сдвигает виртуальные часы сценария на N секунд (дробь через точку или запятую). Реального ожидания нет: срабатывают все таймеры, чей срок настал.",
		func(sec float64) error { return advance(time.Duration(sec * float64(time.Second))) })
	r.Step(g, "прошло {число} (секунд|секунды|секунда|секунду|минут|минуты|минута|минуту|часов|часа|час|дней|дня|день)",
		"То же, что «Пауза», в удобных единицах: «прошло 2 часа», «прошло 7 дней».",
		func(n float64, unit string) error {
			var d time.Duration
			switch u := strings.ToLower(unit); {
			case strings.HasPrefix(u, "секунд"):
				d = time.Second
			case strings.HasPrefix(u, "минут"):
				d = time.Minute
			case strings.HasPrefix(u, "час"):
				d = time.Hour
			default:
				d = 24 * time.Hour
			}
			return advance(time.Duration(n * float64(d)))
		})
}
