// BrandFeeds: product feeds (CSV, JSON Lines, YAML) streamed into ProductRecord values.
