print("recipegen")
