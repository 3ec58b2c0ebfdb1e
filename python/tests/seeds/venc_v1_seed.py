# The pyACL V1 video-encode flow from the vendor documentation (shared/seeds/000_0c158838095d7319.txt, "VENC",
# English edition; the Chinese edition is shared/seeds/001_c2622f46633b3e80.txt), kept as test data: it runs under
# aclvenc-check with the acl package of this repository (python/tests/test_seeds.py).
#
# The page's code is "a code snippet of key steps only, which is not ready to use". What was elided is filled in
# minimally; every line that is not the page's is marked on the line itself or on the line above:
#   # [FILLED] ...       a line added where the page elides or leaves something undefined
#   # [CHANGED] ...      a page line altered, with the reason
# Everything else is the page's text, including its comments and prints.
#
#   python3 venc_v1_seed.py NV12_FILE WIDTH HEIGHT OUTPUT.h265      # [FILLED] the page's inputs as arguments
import acl
# ......
import functools  # [FILLED] to bind the page's self-methods
import os  # [FILLED]
import sys  # [FILLED]

import numpy as np  # [FILLED] the page uses np without importing it

venc_file_path, frame_width, frame_height, output_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]  # [FILLED]
memcpy_kind = {"ACL_MEMCPY_HOST_TO_HOST": 0, "ACL_MEMCPY_HOST_TO_DEVICE": 1, "ACL_MEMCPY_DEVICE_TO_HOST": 2, "ACL_MEMCPY_DEVICE_TO_DEVICE": 3}  # [FILLED] aclrtMemcpyKind


class _Self:  # [FILLED] the page's code is written as methods of an object it never shows
    pass  # [FILLED]


self = _Self()  # [FILLED]
if os.path.exists(output_path):  # [FILLED] the callback appends
    os.remove(output_path)  # [FILLED]

# 1. Resource initialization: Create an AclVenc object for initialization.
# 1.1 Initialize pyACL.
ret = acl.init()
# 1.2 Allocate runtime resources.
self.device_id = 0  # [FILLED] from the Chinese edition: device and context
ret = acl.rt.set_device(self.device_id)  # [FILLED]
self.ctx, ret = acl.rt.create_context(self.device_id)  # [FILLED]
# Call acl.rt.get_run_mode to obtain the run mode of the software stack and determine the logic of the memory allocation API call based on the run mode.
runMode, ret = acl.rt.get_run_mode()

# 2. Create a thread for executing the callback function and thread function.
def cb_thread_func(self, args_list):
    ctx = args_list[0]
    timeout = args_list[1]
    print("[info] thread args_list = ", self.ctx, timeout, self.g_callbackRunFlag, "\n")
    ret = acl.rt.set_context(ctx)
    assert ret == 0

    while self.g_callbackRunFlag is True:
        print("[info] thread g_callbackRunFlag = ", self.g_callbackRunFlag, "\n")
        ret = acl.rt.process_report(timeout)
        print("[info] acl.rt.process_report =", ret)

self.cb_thread_func = functools.partial(cb_thread_func, self)  # [FILLED]
timeout = 1000
self.g_callbackRunFlag = True  # [CHANGED] was `g_callbackRunFlag = True`: the thread reads self.g_callbackRunFlag
self.cb_thread_id, ret = acl.util.start_thread(self.cb_thread_func, [self.ctx, timeout])

# 3. Create a callback function.
# 3.1 Obtain stream data output.
def get_stream_data(self, stream_desc):
    stream_data = acl.media.dvpp_get_stream_desc_data(stream_desc)
    assert stream_data is not None
    stream_data_size = acl.media.dvpp_get_stream_desc_size(stream_desc)
    print("[info] stream_data size", stream_data_size)
    # stream memcpy d2h
    np_data = np.zeros(stream_data_size, dtype=np.byte)

    np_data_ptr = acl.util.numpy_to_ptr(np_data)  # [CHANGED] as in the Chinese edition: the English one copies into np_data.tobytes() (via bytes_to_ptr) and returns the still-zero np_data
    ret = acl.rt.memcpy(np_data_ptr, stream_data_size,
                         stream_data, stream_data_size,
                         memcpy_kind.get("ACL_MEMCPY_DEVICE_TO_HOST"))
    assert ret == 0
    return np_data
self.get_stream_data = functools.partial(get_stream_data, self)  # [FILLED]
# 3.2 Save the video stream to a file using the callback function.
def callback_func(self, input_pic_desc, output_stream_desc, user_data):
    # Obtain the video encoding result and convert it into a NumPy object.
    output_numpy = self.get_stream_data(output_stream_desc)
    with open(output_path, 'ab') as f:  # [CHANGED] was './data/output.h265'
        f.write(output_numpy)
    print("[INFO] [callback_func] stream size =", acl.media.dvpp_get_stream_desc_size(output_stream_desc))
self.callback_func = functools.partial(callback_func, self)  # [FILLED]

# 4. Create the description of a video encoding channel.
self.venc_channel_desc = acl.media.venc_create_channel_desc()

# 5. Set the description of a video encoding channel. The thread and callback function need to be created in advance.
# vencChannelDesc_ is of the aclvdecChannelDesc type.
venc_format = 1
venc_entype = 0
input_width = frame_width  # [CHANGED] was 1280: the test clip's width
input_height = frame_height  # [CHANGED] was 720: the test clip's height
ret = acl.media.venc_set_channel_desc_thread_id(self.venc_channel_desc, self.cb_thread_id)
ret = acl.media.venc_set_channel_desc_callback(self.venc_channel_desc, self.callback_func)
ret = acl.media.venc_set_channel_desc_entype(self.venc_channel_desc, venc_entype)
ret = acl.media.venc_set_channel_desc_pic_format(self.venc_channel_desc, venc_format)
ret = acl.media.venc_set_channel_desc_key_frame_interval(self.venc_channel_desc, 16)
ret = acl.media.venc_set_channel_desc_pic_height(self.venc_channel_desc, input_height)
ret = acl.media.venc_set_channel_desc_pic_width(self.venc_channel_desc, input_width )

# 6. Create a channel for processing video streams and the single-frame encoding configuration.
ret = acl.media.venc_create_channel(self.venc_channel_desc)
# vencFrameConfig_ is of the aclvencFrameConfig type.
frame_config = acl.media.venc_create_frame_config()

# 7. Allocate the device buffer dataDev to store the input video data for encoding.
# 7.1 Read image data.
output_pic_size = (input_width * input_height * 3) // 2
print("[INFO] output_pic_size:", output_pic_size, " load vdec file:", venc_file_path)
file_context = np.fromfile(venc_file_path, dtype=np.byte, count=output_pic_size)  # [CHANGED] count=: one frame of the clip
file_size = file_context.size
bytes_data = file_context.tobytes()
file_mem = acl.util.bytes_to_ptr(bytes_data)
input_size = file_size
# If the run mode of the software stack obtained by calling acl.rt.get_run_mode is ACL_HOST, transmit image data of the host to the device by calling acl.rt.memcpy. After the data transfer is complete, call acl.rt.free_host to free host memory in a timely manner.
# If the run mode of the software stack obtained by calling acl.rt.get_run_mode is ACL_DEVICE, allocate device buffers directly to store the input image data.
# The run mode is ACL_HOST.
input_mem, ret = acl.media.dvpp_malloc(input_size)
assert ret == 0
ret = acl.rt.memcpy(input_mem, input_size, file_mem,
                     file_size, memcpy_kind.get("ACL_MEMCPY_HOST_TO_DEVICE"))
assert ret == 0

# 8. Perform video encoding.
def venc_set_frame_config(self, frame_confg, eos, iframe):
    ret = acl.media.venc_set_frame_config_eos(frame_confg, eos)
    assert ret == 0
    ret = acl.media.venc_set_frame_config_force_i_frame(frame_confg, iframe)
    assert ret == 0
self.venc_set_frame_config = functools.partial(venc_set_frame_config, self)  # [FILLED]

def test_get_frame_config(self, frame_config):  # [FILLED] the page calls it without showing it
    print("[INFO] frame config eos", acl.media.venc_get_frame_config_eos(frame_config),  # [FILLED]
          "force_i_frame", acl.media.venc_get_frame_config_force_i_frame(frame_config))  # [FILLED]
self.test_get_frame_config = functools.partial(test_get_frame_config, self)  # [FILLED]

def venc_process(self, venc_channel_desc, input_mem, input_size, frame_config):
   # Set the frame to a non-end frame.
    self.venc_set_frame_config(frame_config, 0, 0)
    print("[INFO] set frame config")
    self.test_get_frame_config(frame_config)

    # set picture description
    dvpp_pic_desc = acl.media.dvpp_create_pic_desc()
    assert dvpp_pic_desc is not None
    ret = acl.media.dvpp_set_pic_desc_data(dvpp_pic_desc, input_mem)
    assert ret == 0
    ret = acl.media.dvpp_set_pic_desc_size(dvpp_pic_desc, input_size)
    assert ret == 0
    print("[INFO] set pic desc")

    # Send one image to the encoder for encoding.
    venc_cnt = 16
    while venc_cnt:
        ret = acl.media.venc_send_frame(venc_channel_desc, dvpp_pic_desc, 0, frame_config, 0)
        assert ret == 0
        print("[INFO] venc send frame")
        venc_cnt -= 1
    # When an empty image with EOS = 1 is sent, the current encoding ends.
    self.venc_set_frame_config(frame_config, 1, 0)
    ret = acl.media.venc_send_frame(venc_channel_desc, 0, 0, frame_config, 0)
    assert ret == 0
    ret = acl.media.dvpp_destroy_pic_desc(dvpp_pic_desc)  # [FILLED] the page never destroys it (a leak)
    assert ret == 0  # [FILLED]
self.venc_process = functools.partial(venc_process, self)  # [FILLED]
self.venc_process(self.venc_channel_desc, input_mem, input_size, frame_config)  # [FILLED] the page never calls it

# 9. Destroy allocations.
ret = acl.media.dvpp_free(input_mem)
ret = acl.media.venc_destroy_frame_config(frame_config)
assert ret == 0
ret = acl.media.venc_destroy_channel(self.venc_channel_desc)  # [FILLED] the page's step 3: destroy the channel, then its desc, then the thread
assert ret == 0  # [FILLED]
ret = acl.media.venc_destroy_channel_desc(self.venc_channel_desc)  # [FILLED]
assert ret == 0  # [FILLED]
print("[INFO] free resources")
self.g_callbackRunFlag = False  # [CHANGED] was `g_callbackRunFlag = False` (a new global the thread never reads)
ret = acl.util.stop_thread(self.cb_thread_id)
print("[INFO] thread join")

# 10. Destroy runtime allocations.
ret = acl.rt.destroy_context(self.ctx)  # [FILLED] from the Chinese edition
ret = acl.rt.reset_device(self.device_id)  # [FILLED] from the Chinese edition
# Deinitialize pyACL.
ret = acl.finalize()
# ....
