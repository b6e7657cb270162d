// Command crop-png keeps the top of a PNG screenshot (the first screen a
// reader sees) and quantises it to a 256-colour palette, so that the
// README's pictures stay small in every clone:
//
//	go run ./scripts/crop-png -height 1000 docs/img/report-1280.png
//
// scripts/screenshots.sh runs it on both report screenshots.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color/palette"
	"image/draw"
	"image/png"
	"os"
)

func main() {
	height := flag.Int("height", 1000, "pixels to keep from the top")
	flag.Parse()
	for _, path := range flag.Args() {
		if err := crop(path, *height); err != nil {
			fmt.Fprintln(os.Stderr, "crop-png:", err)
			os.Exit(1)
		}
	}
}

func crop(path string, height int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	b := img.Bounds()
	if b.Dy() > height {
		b.Max.Y = b.Min.Y + height
	}
	out := image.NewPaletted(image.Rect(0, 0, b.Dx(), b.Dy()), palette.WebSafe)
	draw.FloydSteinberg.Draw(out, out.Bounds(), img, b.Min)
	tmp := path + ".tmp"
	w, err := os.Create(tmp)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(w, out); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
