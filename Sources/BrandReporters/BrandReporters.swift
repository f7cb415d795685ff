// BrandReporters: see the module map in README.md.
