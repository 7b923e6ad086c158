# An exception raised in finally while another propagates: printed as "During handling of the above exception".
def save(data):
    try:
        return data["payload"].encode()
    finally:
        log.append("save attempted")

save({})
