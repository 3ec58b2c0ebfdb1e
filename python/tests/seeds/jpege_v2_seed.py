# The pyACL V2 JPEG-encode flow (acl.himpi) from the vendor documentation (shared/seeds/002_1d9695e28bb2f5bf.txt,
# "JPEGE图片编码", 示例代码), kept as test data: it runs under aclvenc-check with the acl package of this
# repository (python/tests/test_seeds.py). The page prints the code on one line; here it is laid out one statement
# per line, with the page's comments (Chinese) kept.
#
# The page's code is "关键步骤的代码示例,不可以直接拷贝运行" (key steps, not runnable as they are). What was elided is
# filled in minimally; every line that is not the page's is marked on the line itself or on the line above:
#   # [FILLED] ...       a line added where the page elides or leaves something undefined
#   # [CHANGED] ...      a page line altered, with the reason
#
#   python3 jpege_v2_seed.py NV12_128x128_FILE OUTPUT.jpg      # [FILLED] the page's input and output as arguments
import sys  # [FILLED]

import numpy as np  # [FILLED] the page uses np without importing it

import acl
from acl.generated.abi import (  # [FILLED] the vendor constants the page uses without defining them
    ACL_HOST, ACL_MEMCPY_DEVICE_TO_DEVICE, ACL_MEMCPY_DEVICE_TO_HOST, ACL_MEMCPY_HOST_TO_DEVICE,  # [FILLED]
    HI_COLOR_GAMUT_BT709, HI_COMPRESS_MODE_NONE, HI_DVPP_EPOLL_CTL_ADD, HI_DVPP_EPOLL_CTL_DEL, HI_DVPP_EPOLL_IN,  # [FILLED]
    HI_DYNAMIC_RANGE_SDR8, HI_ID_VGS, HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420, HI_PT_JPEG, HI_VENC_PIC_RECV_SINGLE,  # [FILLED]
    HI_VIDEO_FIELD_FRAME, HI_VIDEO_FORMAT_LINEAR,  # [FILLED]
)  # [FILLED]

jpege_file_path, output_path = sys.argv[1], sys.argv[2]  # [FILLED]
cur_time = 0  # [FILLED] the page's pts
event = {}  # [FILLED] the page fills event['data'] and event['events'] of a dict it never creates

# 1.获取软件栈的运行模式,不同运行模式影响后续的接口调用流程(例如是否进行数据传输等)。
run_mode, ret = acl.rt.get_run_mode()
# 2.pyACL 初始化。
ret = acl.init()
# 3.运行管理资源申请(依次申请Device、Context)。
ret = acl.rt.set_device(0)
context, ret = acl.rt.create_context(0)
# 4.初始化媒体数据处理系统。
ret = acl.himpi.sys_init()
# 5.创建通道。
channel_id = 0
venc_attr = {'type': HI_PT_JPEG, 'profile': 0, 'max_pic_width': 128, 'pic_width': 128, 'max_pic_height': 128, 'pic_height': 128, 'buf_size': 1024 * 1024 * 2, 'is_by_frame': 1}
jpeg_attr = {'recv_mode':HI_VENC_PIC_RECV_SINGLE, 'mpf_cfg':{'large_thumbnail_num': 0}}  # [CHANGED] the page's key is 'large_thumbnail_num ' (trailing space): KeyError
venc_attr['jpeg_attr'] = jpeg_attr  # [FILLED] jpeg_attr is a member of hi_venc_attr (its anonymous union), not of hi_venc_chn_attr
attr = {'venc_attr':venc_attr}  # [CHANGED] was {'venc_attr':venc_attr, 'jpeg_attr':jpeg_attr}: hi_venc_chn_attr has no member jpeg_attr (KeyError)
ret = acl.himpi.venc_create_chn(channel_id, attr)
assert ret == 0, ret  # [FILLED]
# 6.设置JPEGE参数。
param, ret = acl.himpi.venc_get_jpeg_param(channel_id)
param['qfactor'] = 100
ret = acl.himpi.venc_set_jpeg_param(channel_id, param)
# 7.通知编码器开始接收输入数据。
recv_param = {'recv_pic_num': -1}
ret = acl.himpi.venc_start_chn(channel_id, recv_param)
# 8.发送输入数据。
# 8.1 申请输入内存。
input_size = 128 * 128 * 3 // 2
input_addr, ret = acl.himpi.dvpp_malloc(0, input_size);
# 如果运行模式为ACL_HOST,则需要申请Host内存,将输入图片数据读入Host内存,再通过acl.rt.memcpy接口将Host的图片数据传输到Device,数据传输完成后,需及时释放Host内存;否则直接将输入图片数据读入Device内存。
# 直接将输入图片数据读入Device内存。
if run_mode == ACL_HOST:
    # 将输入图片读入内存中。
    jpege_file = np.fromfile(jpege_file_path, dtype=np.byte)  # [CHANGED] the page's name is jpege_filee_path (typo)
    jpege_file_size = jpege_file.itemsize * jpege_file.size
    bytes_data = jpege_file.tobytes()
    jpege_file_ptr = acl.util.bytes_to_ptr(bytes_data)
    # 数据传输。
    ret = acl.rt.memcpy(input_addr, input_size, jpege_file_ptr, jpege_file_size, ACL_MEMCPY_HOST_TO_DEVICE)
else:
    # 将输入图片读入内存中。
    jpege_file = np.fromfile(jpege_file_path, dtype=np.byte)
    jpege_file = jpege_file.itemsize * jpege_file.size
    bytes_data = jpege_file.tobytes()
    jpege_file_ptr = acl.util.bytes_to_ptr(bytes_data)
    # 数据传输。
    ret = acl.rt.memcpy(input_addr, input_size, jpege_file_ptr, jpege_file_size, ACL_MEMCPY_DEVICE_TO_DEVICE)
# 8.2 发送输入数据,开始编码。
v_frame = {'width': 128, 'height': 128, 'field': HI_VIDEO_FIELD_FRAME, 'pixel_format': HI_PIXEL_FORMAT_YUV_SEMIPLANAR_420, 'video_format': HI_VIDEO_FORMAT_LINEAR, 'compress_mode': HI_COMPRESS_MODE_NONE, 'dynamic_range': HI_DYNAMIC_RANGE_SDR8, 'color_gamut': HI_COLOR_GAMUT_BT709, 'header_stride': [0, 0, 0], 'width_stride': [128, 0, 0], 'height_stride': [0, 0, 0], 'header_phys_addr': [0, 0, 0], 'phys_addr': [0, 0, 0], 'header_virt_addr': [0, 0, 0], 'virt_addr': [input_addr, 0, 0], 'time_ref': 0,'pts': cur_time}
frame = {'v_frame':v_frame, 'pool_id':0, 'mod_id':HI_ID_VGS}
ret = acl.himpi.venc_send_frame(channel_id, frame, 0)
assert ret == 0, ret  # [FILLED]
# 9.获取编码结果。
# 9.1 通过EPOLL处理编码完成事件。
fd = acl.himpi.venc_get_fd(channel_id)
epoll_fd, ret = acl.himpi.sys_create_epoll(10)
event['data'] = fd
event['events'] = HI_DVPP_EPOLL_IN
ret = acl.himpi.sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_ADD, fd, event)
# 编码完成前,会超时阻塞在这里,一旦完成,才会往下执行。
events, eventCount, ret = acl.himpi.sys_wait_epoll(epoll_fd, 3, 1000);
# 9.2 获取编码结果。
status, ret = acl.himpi.venc_query_status(channel_id)
stream = {'pack_cnt': status['cur_packs']}
stream, ret = acl.himpi.venc_get_stream(channel_id, stream, 1000)  # [CHANGED] was self.channel_id (no self here)
assert ret == 0, ret  # [FILLED]
output_ize = stream['pack'][0]['len']  # [FILLED] the page uses output_ize without setting it
# 9.3 如果运行模式为ACL_HOST,且Host上需要使用编码输出的码流,则需要申请Host内存,通过acl.rt.memcpy接口将Device的输出码流传输到Host;否则直接使用编码输出码流数据。
# 9.3 获取编码输出码流数据。
if run_mode == ACL_HOST:
    # 申请Host内存。
    output_buffer, ret= acl.rt.malloc_host(output_ize)
    # 数据传输。
    ret = acl.rt.memcpy(output_buffer, output_ize, stream['pack'][0]['addr'], output_ize, ACL_MEMCPY_DEVICE_TO_HOST)
    # ......
    with open(output_path, 'wb') as f:  # [FILLED] what the page elides: use the output
        f.write(acl.util.ptr_to_bytes(output_buffer, output_ize))  # [FILLED]
    # 数据使用完成后,及时释放不使用的内存。
    ret = acl.rt.free_host(output_buffer)
else:
    # 可以直接使用编码输出码流数据,在stream['pack'][0]['addr']指向的内存中。
    # ......
    pass  # [FILLED] the page's branch is empty
# 10.释放输入内存和输出码流。
ret = acl.himpi.dvpp_free(input_addr)
ret = acl.himpi.venc_release_stream(channel_id, stream)
assert ret == 0, ret  # [FILLED]
# 11.通知编码器停止接收输入数据。
ret = acl.himpi.venc_stop_chn(channel_id)
ret = acl.himpi.sys_ctl_epoll(epoll_fd, HI_DVPP_EPOLL_CTL_DEL, fd, event)
ret = acl.himpi.sys_close_epoll(epoll_fd)
# 12.销毁通道。
ret = acl.himpi.venc_destroy_chn(channel_id)
# 13. 媒体数据处理系统去初始化。
ret = acl.himpi.sys_exit()
# 14. 释放运行管理资源(依次释放Context、Device)。
ret = acl.rt.destroy_context(context)
ret = acl.rt.reset_device(0)
# 15.pyACL去初始化。
ret = acl.finalize()
