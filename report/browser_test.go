package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The HTML report is checked in a real browser: Debian's headless
// Chromium, driven with chromedp. The test is skipped when Chromium is not
// installed (.ci/install-browser installs it).

var screenshots = flag.String("screenshots", "", "write PNG screenshots of the bundled corpus' HTML report (1280 and 375 px wide) into this directory")

// chromiumPath is where Debian's chromium package puts the browser.
const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium, or skips the test when it is absent.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("skipping the browser test: Chromium not found at %s (install it with .ci/install-browser or apt-get install chromium)", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	// The first call starts the browser; it must not carry a timeout,
	// which would stop the browser with it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// box is an element's bounding box in CSS pixels.
type box struct{ Left, Top, Right, Bottom, Width float64 }

// layout is what the test reads from a page at one width.
type layout struct {
	Direction   string  // computed direction of the first aligned claim's text
	Claims      []box   // the claims of the first alignment with two claims
	Marks       int     // del.d and ins.i elements inside claims
	MarkBG      string  // computed background of the first mark
	ScrollWidth float64 // the page's scroll width (no sideways scrolling)
	Pwned       bool    // whether any injected script ran
	Injected    int     // script or img elements inside claim texts
	Grids       int     // source × alignment coverage grids (table.grid)
	GridGaps    int     // their cells marking a fact a source leaves out
	GridWidth   float64 // the first grid's rendered width
}

const readLayout = `(() => {
  const al = [...document.querySelectorAll('.alignment')].find(a => a.querySelectorAll('.pair > .claim').length === 2);
  const claims = al ? [...al.querySelectorAll('.pair > .claim')].map(c => {
    const r = c.getBoundingClientRect();
    return {Left: r.left, Top: r.top, Right: r.right, Bottom: r.bottom, Width: r.width};
  }) : [];
  const text = document.querySelector('.alignment .claim .text');
  const marks = document.querySelectorAll('.claim .text del.d, .claim .text ins.i');
  return {
    Direction: text ? getComputedStyle(text).direction : '',
    Claims: claims,
    Marks: marks.length,
    MarkBG: marks.length ? getComputedStyle(marks[0]).backgroundColor : '',
    ScrollWidth: document.documentElement.scrollWidth,
    Pwned: window.__pwned !== undefined,
    Injected: document.querySelectorAll('.claim .text script, .claim .text img').length,
    Grids: document.querySelectorAll('table.grid').length,
    GridGaps: document.querySelectorAll('table.grid td.gap').length,
    GridWidth: (() => { const g = document.querySelector('table.grid'); return g ? g.getBoundingClientRect().width : 0; })(),
  };
})()`

// measure loads a page at a width and reads its layout.
func measure(t *testing.T, ctx context.Context, url string, width int64) layout {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(width, 900),
		chromedp.Navigate(url),
		chromedp.WaitReady("body"),
	); err != nil {
		t.Fatalf("load %s at %d px: %v", url, width, err)
	}
	l, err := chromedp.Run(ctx, chromedp.Evaluate[layout](readLayout))
	if err != nil {
		t.Fatalf("read the layout at %d px: %v", width, err)
	}
	return l
}

// writePage writes a report as HTML into a temporary file and returns its
// file URL.
func writePage(t *testing.T, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + path
}

// TestHTMLInBrowser opens the report of the bundled corpus and of hostile
// articles in Chromium and checks: claim text is laid out right to left,
// the two claims of an alignment sit side by side at 1280 px and stacked
// at 375 px, differing words are highlighted, nothing scrolls sideways on
// a phone, no injected markup became an element or ran, and each event
// several sources report has its source × alignment coverage grid.
func TestHTMLInBrowser(t *testing.T) {
	ctx := browser(t)
	hr, err := Build(hostileAnalysis(t), Options{Generated: fixedTime})
	if err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		name string
		url  string
	}{
		{"bundled corpus", writePage(t, bundled(t))},
		{"hostile articles", writePage(t, hr)},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			wide := measure(t, ctx, p.url, 1280)
			narrow := measure(t, ctx, p.url, 375)
			if wide.Direction != "rtl" {
				t.Errorf("computed direction of claim text: got %q, want rtl", wide.Direction)
			}
			if len(wide.Claims) != 2 || len(narrow.Claims) != 2 {
				t.Fatalf("got %d and %d claims in the first two-claim alignment, want 2", len(wide.Claims), len(narrow.Claims))
			}
			a, b := wide.Claims[0], wide.Claims[1]
			if d := a.Top - b.Top; d > 1 || d < -1 {
				t.Errorf("at 1280 px the two claims' tops differ by %.0f px, want side by side", d)
			}
			if !(b.Right <= a.Left+1) {
				t.Errorf("at 1280 px the second claim (%.0f–%.0f) is not left of the first (%.0f–%.0f), want side by side right to left", b.Left, b.Right, a.Left, a.Right)
			}
			a, b = narrow.Claims[0], narrow.Claims[1]
			if b.Top < a.Bottom-1 {
				t.Errorf("at 375 px the second claim starts at %.0f px, above the first's end %.0f, want stacked", b.Top, a.Bottom)
			}
			if a.Width < 250 || b.Width < 250 {
				t.Errorf("at 375 px the claims are %.0f and %.0f px wide, want the full column", a.Width, b.Width)
			}
			if narrow.ScrollWidth > 376 {
				t.Errorf("at 375 px the page is %.0f px wide, want no sideways scrolling", narrow.ScrollWidth)
			}
			if wide.Marks == 0 {
				t.Error("no highlighted (del.d, ins.i) spans in the claims")
			}
			if wide.MarkBG == "" || wide.MarkBG == "rgba(0, 0, 0, 0)" {
				t.Errorf("highlighted spans have background %q, want a colour", wide.MarkBG)
			}
			if p.name == "bundled corpus" {
				if wide.Grids == 0 || wide.GridWidth == 0 || narrow.GridWidth == 0 {
					t.Errorf("coverage grids: %d, rendered %.0f px wide at 1280 px and %.0f at 375 px; want a visible grid per event several sources report", wide.Grids, wide.GridWidth, narrow.GridWidth)
				}
				if wide.GridGaps == 0 {
					t.Error("no coverage-grid cell marks a fact a source leaves out")
				}
			}
			if wide.Pwned || wide.Injected > 0 {
				t.Errorf("injected markup: script ran %v, %d script/img elements in claims", wide.Pwned, wide.Injected)
			}
		})
	}
	if *screenshots != "" {
		shoot(t, ctx, pages[0].url, *screenshots)
	}
}

// shoot writes full-page PNG screenshots at 1280 and 375 px.
func shoot(t *testing.T, ctx context.Context, url, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, w := range []struct {
		width int64
		name  string
	}{{1280, "report-1280.png"}, {375, "report-375.png"}} {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := chromedp.Do(ctx, chromedp.EmulateViewport(w.width, 900), chromedp.Navigate(url), chromedp.WaitReady("body"))
		var png []byte
		if err == nil {
			png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
		}
		cancel()
		if err != nil {
			t.Fatalf("screenshot at %d px: %v", w.width, err)
		}
		if err := os.WriteFile(filepath.Join(dir, w.name), png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", filepath.Join(dir, w.name), len(png))
	}
}
