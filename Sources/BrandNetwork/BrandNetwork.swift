// BrandNetwork: sending lowered requests; see the README's module map.
