print("brandc")
